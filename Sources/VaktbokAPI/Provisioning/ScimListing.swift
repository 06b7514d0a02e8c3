import Foundation
import VaktbokCore

/// A listing of `/Users` as RFC 7644 §3.4.2 asks: an equality filter, 1-based paging, and the attributes to return
/// or leave out.
struct ScimListing {
    /// The most resources one page holds.
    static let maxCount = 200

    let filter: ProvisioningFilter?
    /// The 1-based index of the first resource on the page.
    let startIndex: Int
    let count: Int

    /// The listing a query asks for; 400 `invalidFilter` for a filter other than equality on userName, externalId or
    /// id, 400 for paging that is not a number.
    init(_ query: FormQuery) throws {
        filter = try query["filter"].map(Self.filter)
        func number(_ name: String) throws -> Int? {
            try query[name].map { text in
                guard let value = Int(text) else { throw ScimError(.badRequest, "invalidValue", "\(name) must be a number") }
                return value
            }
        }
        startIndex = max(1, try number("startIndex") ?? 1)
        count = min(Self.maxCount, max(0, try number("count") ?? Self.maxCount))
    }

    /// The `ListResponse` of `resources`, `total` of them matching in all.
    func response(_ resources: [[String: Any]], total: Int) -> [String: Any] {
        [
            "schemas": ["urn:ietf:params:scim:api:messages:2.0:ListResponse"], "totalResults": total, "itemsPerPage": resources.count,
            "startIndex": startIndex, "Resources": resources,
        ]
    }

    /// `resource` reduced as `attributes` (only these, besides `id` and `schemas`) or `excludedAttributes` (all but
    /// these) ask; top-level names, compared without case.
    static func projected(_ resource: [String: Any], _ query: FormQuery) -> [String: Any] {
        if let wanted = topLevelNames(query["attributes"]) {
            return resource.filter { ["id", "schemas"].contains($0.key) || wanted.contains($0.key.lowercased()) }
        }
        if let unwanted = topLevelNames(query["excludedAttributes"]) {
            return resource.filter { ["id", "schemas"].contains($0.key) || !unwanted.contains($0.key.lowercased()) }
        }
        return resource
    }

    /// The top-level attribute names in a comma-separated list (`name.givenName` names `name`), in lower case.
    private static func topLevelNames(_ list: String?) -> Set<String>? {
        guard let list else { return nil }
        let names: [String] = list.split(separator: ",").map { item in
            let name = String(item).trimmingWhitespace().lowercased()
            return name.split(separator: ".").first.map(String.init) ?? name
        }
        return Set(names)
    }

    /// Reads `userName eq "…"`, `externalId eq "…"` or `id eq "…"` (names and operator in any case).
    private static func filter(_ text: String) throws -> ProvisioningFilter {
        let parts = text.trimmingWhitespace().split(separator: " ", maxSplits: 2).map(String.init)
        guard parts.count == 3, parts[1].lowercased() == "eq", parts[2].count >= 2, parts[2].hasPrefix("\""), parts[2].hasSuffix("\"") else {
            throw ScimError(.badRequest, "invalidFilter", "only equality filters are served: userName eq \"…\", externalId eq \"…\" or id eq \"…\"")
        }
        let value = String(parts[2].dropFirst().dropLast()).replacingOccurrences(of: "\\\"", with: "\"")
        switch parts[0].lowercased() {
        case "username": return .userName(value)
        case "externalid": return .externalID(value)
        case "id": return .hostID(Int64(value) ?? 0)
        default: throw ScimError(.badRequest, "invalidFilter", "filters may name userName, externalId or id")
        }
    }
}
