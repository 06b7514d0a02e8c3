import GRDB

extension AppDatabase {
    /// v16: SCIM provisioning. `scim_user` links a host to what the identity provider says of them (user name, unique
    /// in the site by `ProvisionedUser.userNameKey`, external id, name parts) and goes with the host; `scim_token` holds each site's provisioning tokens, hashed.
    static func createProvisioning(_ db: Database) throws {
        try db.create(table: "scim_user") { t in
            t.column("host_id", .integer).primaryKey().references("host", onDelete: .cascade)
            t.column("site_id", .integer).notNull().references("site", onDelete: .restrict)
            t.column("user_name", .text).notNull()
            t.column("user_name_key", .text).notNull()
            t.column("external_id", .text)
            t.column("given_name", .text)
            t.column("family_name", .text)
            t.column("formatted_name", .text)
            t.column("display_name", .text)
            t.column("created_at", .datetime).notNull()
            t.column("updated_at", .datetime).notNull()
            t.uniqueKey(["site_id", "user_name_key"])
        }
        try db.create(index: "scim_user_by_external_id", on: "scim_user", columns: ["site_id", "external_id"])
        try db.create(table: "scim_token") { t in
            t.autoIncrementedPrimaryKey("id")
            t.column("site_id", .integer).notNull().indexed().references("site", onDelete: .restrict)
            t.column("token_hash", .text).notNull().unique()
            t.column("created_at", .datetime).notNull()
            t.column("revoked_at", .datetime)
        }
    }
}
