import Foundation
import VaktbokCore

/// A SCIM User resource (RFC 7643 §4.1) to and from `ProvisionedUser`. Attributes a visitor system does not keep
/// (addresses, titles, photos, …) are not stored: what is not needed is not kept.
enum ScimUserJSON {
    static let userSchema = "urn:ietf:params:scim:schemas:core:2.0:User"
    static let enterpriseSchema = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User"

    /// The user `object` (keys in lower case, as `ScimJSON.body` reads them) describes; throws for a missing
    /// `userName` or a value that fails its gate.
    static func user(from object: [String: Any]) throws -> ProvisionedUser {
        let object = flattened(object)
        guard let userName = try ScimJSON.string(object["username"], field: "userName") else {
            throw ScimError(.badRequest, "invalidValue", "userName is required")
        }
        let name = try ScimJSON.object(object["name"], field: "name")
        let enterprise = try ScimJSON.object(object[enterpriseSchema.lowercased()], field: enterpriseSchema)
        func label(_ value: Any?, _ field: String) throws -> Label? {
            guard let text = try ScimJSON.string(value, field: field), !text.allSatisfy(\.isWhitespace) else { return nil }
            return try Label(text, field: field)
        }
        let email = try pick(object["emails"], field: "emails", preferring: "work").map { try EmailAddress($0, field: "emails") }
        let mobile = try pick(object["phonenumbers"], field: "phoneNumbers", preferring: "mobile", only: true).map {
            try PhoneNumber($0, field: "phoneNumbers")
        }
        let active = try object["active"].flatMap { $0 is NSNull ? nil : try ScimJSON.flag($0, field: "active") }
        return ProvisionedUser(
            userName: try Label(userName, field: "userName"), externalID: try label(object["externalid"], "externalId"),
            givenName: try label(name["givenname"], "name.givenName"), familyName: try label(name["familyname"], "name.familyName"),
            formattedName: try label(name["formatted"], "name.formatted"), displayName: try label(object["displayname"], "displayName"),
            email: email, mobile: mobile, employeeNumber: try label(enterprise["employeenumber"], "employeeNumber"), active: active ?? true)
    }

    /// The resource for `record`, its location under `base` (`…/scim/v2`).
    static func resource(_ record: ProvisionedUserRecord, base: String) -> [String: Any] {
        let user = record.user
        var resource: [String: Any] = [
            "schemas": [userSchema] + (user.employeeNumber == nil ? [] : [enterpriseSchema]), "id": String(record.hostID),
            "userName": user.userName.value, "active": user.active,
            "meta": [
                "resourceType": "User", "created": timestamp(record.createdAt), "lastModified": timestamp(record.updatedAt),
                "location": "\(base)/Users/\(record.hostID)",
            ],
        ]
        let name = [("givenName", user.givenName), ("familyName", user.familyName), ("formatted", user.formattedName)]
            .compactMap { key, value in value.map { (key, $0.value) } }
        if !name.isEmpty { resource["name"] = Dictionary(uniqueKeysWithValues: name) }
        if let value = user.externalID?.value { resource["externalId"] = value }
        if let value = user.displayName?.value { resource["displayName"] = value }
        if let value = user.email?.value { resource["emails"] = [["value": value, "type": "work"]] }
        if let value = user.mobile?.e164 { resource["phoneNumbers"] = [["value": value, "type": "mobile"]] }
        if let value = user.employeeNumber?.value { resource[enterpriseSchema] = ["employeeNumber": value] }
        return resource
    }

    /// `object` with attributes named by their full URN (`urn:…:core:2.0:user:username`,
    /// `urn:…:enterprise:2.0:user:employeenumber`) moved to where the short names put them.
    static func flattened(_ object: [String: Any]) -> [String: Any] {
        var result = object
        for (key, value) in object {
            if key.hasPrefix(userSchema.lowercased() + ":") {
                result[String(key.dropFirst(userSchema.count + 1))] = value
                result[key] = nil
            } else if key.hasPrefix(enterpriseSchema.lowercased() + ":") {
                var enterprise = result[enterpriseSchema.lowercased()] as? [String: Any] ?? [:]
                enterprise[String(key.dropFirst(enterpriseSchema.count + 1))] = value
                result[enterpriseSchema.lowercased()] = enterprise
                result[key] = nil
            }
        }
        return result
    }

    /// The value of the entry a multi-valued attribute (`emails`, `phoneNumbers`) holds: the primary one, else the
    /// one of `type`, else the first; with `only`, nothing unless one is of `type` (a desk phone gets no SMS).
    private static func pick(_ value: Any?, field: String, preferring type: String, only: Bool = false) throws -> String? {
        let entries = try ScimJSON.entries(value, field: field)
        let ofType = entries.filter { ScimJSON.text($0["type"])?.lowercased() == type }
        let primary = (only ? ofType : entries).first { (try? ScimJSON.flag($0["primary"], field: "primary")) == true }
        guard let chosen = primary ?? ofType.first ?? (only ? nil : entries.first) else { return nil }
        return try ScimJSON.string(chosen["value"], field: "\(field).value").flatMap { $0.allSatisfy(\.isWhitespace) ? nil : $0 }
    }

    /// A time as SCIM writes it (xsd:dateTime, UTC).
    private static func timestamp(_ date: Date) -> String {
        date.ISO8601Format()
    }
}
