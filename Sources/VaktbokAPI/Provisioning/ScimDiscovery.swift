/// What `/scim/v2` publishes about itself (RFC 7643 §5–7): its configuration, the User resource type and the schemas
/// of exactly the attributes it keeps: the core User's and the enterprise extension's employee number.
enum ScimDiscovery {
    /// `/ServiceProviderConfig`: PATCH and filtering (equality on userName, externalId and id); no bulk, sorting,
    /// ETags or passwords; a per-site bearer token.
    static func serviceProviderConfig(base: String) -> [String: Any] {
        [
            "schemas": ["urn:ietf:params:scim:schemas:core:2.0:ServiceProviderConfig"],
            "patch": ["supported": true], "bulk": ["supported": false, "maxOperations": 0, "maxPayloadSize": 0],
            "filter": ["supported": true, "maxResults": ScimListing.maxCount], "changePassword": ["supported": false],
            "sort": ["supported": false], "etag": ["supported": false],
            "authenticationSchemes": [
                [
                    "type": "oauthbearertoken", "name": "OAuth Bearer Token", "primary": true,
                    "description": "The site's provisioning token (vaktbok site scim-token), as Authorization: Bearer",
                    "specUri": "https://www.rfc-editor.org/info/rfc6750",
                ]
            ],
            "meta": ["resourceType": "ServiceProviderConfig", "location": "\(base)/ServiceProviderConfig"],
        ]
    }

    /// The one resource type, `User`: a host of the token's site.
    static func userResourceType(base: String) -> [String: Any] {
        [
            "schemas": ["urn:ietf:params:scim:schemas:core:2.0:ResourceType"], "id": "User", "name": "User", "endpoint": "/Users",
            "description": "A host: an employee visitors come to see", "schema": ScimUserJSON.userSchema,
            "schemaExtensions": [["schema": ScimUserJSON.enterpriseSchema, "required": false]],
            "meta": ["resourceType": "ResourceType", "location": "\(base)/ResourceTypes/User"],
        ]
    }

    /// The User schema and the enterprise extension, each with only the attributes Vaktbok keeps.
    static func schemas(base: String) -> [[String: Any]] {
        let text = { (name: String, required: Bool, uniqueness: String, canonical: [String]?) in
            var attribute = attribute(name, type: "string")
            attribute["required"] = required
            attribute["uniqueness"] = uniqueness
            attribute["caseExact"] = false
            if let canonical { attribute["canonicalValues"] = canonical }
            return attribute
        }
        var name = attribute("name", type: "complex")
        name["subAttributes"] = ["formatted", "familyName", "givenName"].map { text($0, false, "none", nil) }
        var emails = attribute("emails", type: "complex", multiValued: true)
        emails["subAttributes"] = [text("value", false, "none", nil), text("type", false, "none", ["work"])]
        emails["description"] = "The work e-mail address, where the host is told of visitors; one is kept."
        var phones = attribute("phoneNumbers", type: "complex", multiValued: true)
        phones["subAttributes"] = [text("value", false, "none", nil), text("type", false, "none", ["mobile"])]
        phones["description"] = "The mobile number (E.164, e.g. +4791234567), where the host gets an SMS; one of type mobile is kept."
        let user = [
            text("userName", true, "server", nil), name, text("displayName", false, "none", nil), attribute("active", type: "boolean"), emails,
            phones,
        ]
        return [
            schema(ScimUserJSON.userSchema, name: "User", description: "A host: an employee visitors come to see", attributes: user, base: base),
            schema(
                ScimUserJSON.enterpriseSchema, name: "EnterpriseUser", description: "The employee number a directory file is matched by too",
                attributes: [text("employeeNumber", false, "none", nil)], base: base),
        ]
    }

    /// `resources` as a `ListResponse` on one page.
    static func list(_ resources: [[String: Any]]) -> [String: Any] {
        [
            "schemas": ["urn:ietf:params:scim:api:messages:2.0:ListResponse"], "totalResults": resources.count,
            "itemsPerPage": resources.count, "startIndex": 1, "Resources": resources,
        ]
    }

    /// The resource of `resources` whose id is `id` (without regard to case); 404 for none.
    static func one(of resources: [[String: Any]], id: String?) throws -> [String: Any] {
        guard let resource = resources.first(where: { ($0["id"] as? String)?.lowercased() == id?.lowercased() }) else {
            throw ScimError(.notFound, nil, "no such resource")
        }
        return resource
    }

    private static func attribute(_ name: String, type: String, multiValued: Bool = false) -> [String: Any] {
        ["name": name, "type": type, "multiValued": multiValued, "required": false, "mutability": "readWrite", "returned": "default"]
    }

    private static func schema(_ id: String, name: String, description: String, attributes: [[String: Any]], base: String) -> [String: Any] {
        [
            "schemas": ["urn:ietf:params:scim:schemas:core:2.0:Schema"], "id": id, "name": name, "description": description,
            "attributes": attributes, "meta": ["resourceType": "Schema", "location": "\(base)/Schemas/\(id)"],
        ]
    }
}
