import Foundation

/// A SCIM PATCH (RFC 7644 §3.5.2) applied to a resource's JSON: `add`, `replace` and `remove` in any case, with a
/// path (`active`, `name.givenName`, `emails[type eq "work"].value`, an attribute's full URN) or, for add and
/// replace, without one (an object of attributes). The result is read again like a PUT, through the same gates.
struct ScimPatch {
    /// One operation's target: an attribute, perhaps the entries of it a filter picks, perhaps a sub-attribute.
    private struct Path {
        let attribute: String
        let filter: (attribute: String, value: String)?
        let subAttribute: String?
    }

    private var resource: [String: Any]

    /// A patch of `resource` (keys in lower case).
    init(_ resource: [String: Any]) {
        self.resource = ScimUserJSON.flattened(resource)
    }

    /// The resource after the operations in `body` (a PatchOp message, keys in lower case).
    static func apply(_ body: [String: Any], to resource: [String: Any]) throws -> [String: Any] {
        guard let operations = body["operations"] as? [Any], !operations.isEmpty else {
            throw ScimError(.badRequest, "invalidSyntax", "Operations must list at least one operation")
        }
        guard operations.count <= 100 else { throw ScimError(.badRequest, "tooMany", "at most 100 operations at once") }
        var patch = ScimPatch(resource)
        for operation in operations {
            try patch.perform(try ScimJSON.object(operation, field: "Operations"))
        }
        return patch.resource
    }

    private mutating func perform(_ operation: [String: Any]) throws {
        guard let op = ScimJSON.text(operation["op"])?.lowercased(), ["add", "replace", "remove"].contains(op) else {
            throw ScimError(.badRequest, "invalidSyntax", "op must be add, replace or remove")
        }
        let value = operation["value"]
        guard let pathText = ScimJSON.text(operation["path"]), !pathText.isEmpty else {
            guard op != "remove" else { throw ScimError(.badRequest, "noTarget", "remove needs a path") }
            guard let object = value as? [String: Any] else {
                throw ScimError(.badRequest, "invalidValue", "an operation without a path needs an object of attributes")
            }
            for (key, newValue) in ScimUserJSON.flattened(object) {
                if key.contains(".") || key.contains("[") {
                    try perform(["op": op, "path": key, "value": newValue])
                } else {
                    set(key, to: newValue, appending: op == "add")
                }
            }
            return
        }
        let path = try Self.parse(pathText)
        guard op != "remove" else { return remove(path) }
        guard let value else { throw ScimError(.badRequest, "invalidValue", "\(op) needs a value") }
        if path.filter != nil {
            try setEntries(path, to: value)
        } else if let sub = path.subAttribute {
            var object = resource[path.attribute] as? [String: Any] ?? [:]
            object[sub] = value
            resource[path.attribute] = object
        } else {
            set(path.attribute, to: value, appending: op == "add")
        }
    }

    /// Sets attribute `key`: an object's sub-attributes replace the present ones they name (RFC 7644 §3.5.2.1 and
    /// 3.5.2.3); a list replaces the present entries, or with `appending` (add) follows them.
    private mutating func set(_ key: String, to value: Any, appending: Bool) {
        if let present = resource[key] as? [String: Any], let object = value as? [String: Any] {
            resource[key] = present.merging(object) { _, new in new }
        } else if appending, let present = resource[key] as? [Any], let entries = value as? [Any] {
            resource[key] = present + entries
        } else {
            resource[key] = value
        }
    }

    /// Sets the entries a filtered path picks (their sub-attribute, or merges an object into them); when none
    /// matches, adds one that the filter would pick, as Entra ID expects.
    private mutating func setEntries(_ path: Path, to value: Any) throws {
        guard let filter = path.filter else { return }
        guard path.subAttribute != nil || value is [String: Any] else {
            throw ScimError(.badRequest, "invalidValue", "a filtered path without a sub-attribute needs an object")
        }
        var entries = (resource[path.attribute] as? [Any] ?? []).compactMap { $0 as? [String: Any] }
        let picked = entries.indices.filter { Self.matches(entries[$0], filter) }
        let change = { (entry: inout [String: Any]) in
            if let sub = path.subAttribute {
                entry[sub] = value
            } else if let object = value as? [String: Any] {
                entry.merge(object) { _, new in new }
            }
        }
        if picked.isEmpty {
            var entry: [String: Any] = [filter.attribute: filter.value]
            change(&entry)
            entries.append(entry)
        } else {
            for index in picked { change(&entries[index]) }
        }
        resource[path.attribute] = entries
    }

    private mutating func remove(_ path: Path) {
        if let filter = path.filter {
            var entries = (resource[path.attribute] as? [Any] ?? []).compactMap { $0 as? [String: Any] }
            if let sub = path.subAttribute {
                for index in entries.indices where Self.matches(entries[index], filter) { entries[index][sub] = nil }
            } else {
                entries.removeAll { Self.matches($0, filter) }
            }
            resource[path.attribute] = entries
        } else if let sub = path.subAttribute {
            var object = resource[path.attribute] as? [String: Any] ?? [:]
            object[sub] = nil
            resource[path.attribute] = object
        } else {
            resource[path.attribute] = nil
        }
    }

    /// Whether `entry`'s attribute the filter names equals its value (compared without case, as types are).
    private static func matches(_ entry: [String: Any], _ filter: (attribute: String, value: String)) -> Bool {
        ScimJSON.text(entry[filter.attribute])?.lowercased() == filter.value.lowercased()
    }

    /// Reads `attr`, `attr.sub`, `attr[sub eq "value"]`, `attr[sub eq "value"].sub` or a full URN path, in lower case.
    private static func parse(_ text: String) throws -> Path {
        var rest = text.lowercased()
        if rest == ScimUserJSON.enterpriseSchema.lowercased() { return Path(attribute: rest, filter: nil, subAttribute: nil) }
        var attribute: String?
        for schema in [ScimUserJSON.enterpriseSchema, ScimUserJSON.userSchema].map({ $0.lowercased() }) where rest.hasPrefix(schema + ":") {
            rest.removeFirst(schema.count + 1)
            if schema == ScimUserJSON.enterpriseSchema.lowercased() { attribute = schema }
        }
        let invalid = ScimError(.badRequest, "invalidPath", "the path cannot be read; give an attribute, a sub-attribute or a filter")
        var filter: (String, String)?
        if let open = rest.firstIndex(of: "["), let close = rest.lastIndex(of: "]"), open < close {
            let parts = rest[rest.index(after: open)..<close].split(separator: " ", maxSplits: 2)
            guard parts.count == 3, parts[1] == "eq" else { throw invalid }
            filter = (String(parts[0]), String(parts[2]).trimmingCharacters(in: CharacterSet(charactersIn: "\"")))
            rest = String(rest[..<open]) + String(rest[rest.index(after: close)...])
        }
        var names = rest.split(separator: ".").map(String.init)
        if let attribute { names.insert(attribute, at: 0) }
        guard (1...2).contains(names.count), names.allSatisfy({ !$0.isEmpty && !$0.contains("[") && !$0.contains("]") }) else { throw invalid }
        return Path(attribute: names[0], filter: filter, subAttribute: names.count == 2 ? names[1] : nil)
    }
}
