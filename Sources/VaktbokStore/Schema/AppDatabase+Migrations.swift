import GRDB
import VaktbokCore

extension AppDatabase {
    /// The schema's history; a migration that has shipped is never edited.
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1-walk-in") { db in
            try db.create(table: "site") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("code", .text).notNull().unique()
                t.column("name", .text).notNull()
                t.column("time_zone", .text).notNull()
                t.column("created_at", .datetime).notNull()
            }
            try db.create(table: "host") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("site_id", .integer).notNull().indexed().references("site", onDelete: .restrict)
                t.column("name", .text).notNull()
                t.column("phone", .text)
                t.column("email", .text)
                t.column("active", .boolean).notNull().defaults(to: true)
                t.column("created_at", .datetime).notNull()
            }
            try db.create(table: "staff") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("username", .text).notNull().unique().collate(.nocase)
                t.column("password_hash", .text).notNull()
                t.column("role", .text).notNull()
                t.column("site_id", .integer).indexed().references("site", onDelete: .restrict)
                t.column("created_at", .datetime).notNull()
            }
            try db.create(table: "staff_session") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("staff_id", .integer).notNull().indexed().references("staff", onDelete: .cascade)
                t.column("token_hash", .text).notNull().unique()
                t.column("created_at", .datetime).notNull()
                t.column("expires_at", .datetime).notNull()
                t.column("revoked_at", .datetime)
            }
            try db.create(table: "login_failure") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("username_hash", .text).notNull().indexed()
                t.column("failed_at", .datetime).notNull()
            }
            try db.create(table: "visit") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("site_id", .integer).notNull().indexed().references("site", onDelete: .restrict)
                t.column("host_id", .integer).notNull().indexed().references("host", onDelete: .restrict)
                t.column("visitor_name", .text).notNull()
                t.column("visitor_phone", .text).notNull()
                t.column("badge_code", .text).notNull().unique()
                t.column("checked_in_at", .datetime).notNull()
                t.column("checked_out_at", .datetime)
                t.column("checkout_kind", .text)
                t.column("checked_in_by", .integer).references("staff", onDelete: .setNull)
            }
            try db.create(index: "visit_on_site", on: "visit", columns: ["site_id", "checked_out_at", "checked_in_at"])
            try db.create(index: "visit_by_time", on: "visit", columns: ["checked_in_at"])
        }
        migrator.registerMigration("v2-retention") { db in
            try db.alter(table: "site") { t in
                t.add(column: "visit_retention_days", .integer).notNull().defaults(to: 10)
            }
            try db.execute(
                sql: """
                    CREATE INDEX visit_retention ON visit(site_id, COALESCE(checked_out_at, checked_in_at))
                    """)
            try db.create(table: "hold") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("visit_id", .integer).notNull().indexed().references("visit", onDelete: .cascade)
                t.column("reason", .text).notNull()
                t.column("ends_at", .datetime).notNull()
                t.column("created_at", .datetime).notNull()
                t.column("released_at", .datetime)
            }
            try db.create(table: "visit_daily_count") { t in
                t.column("site_id", .integer).notNull().references("site", onDelete: .restrict)
                t.column("day", .text).notNull()
                t.column("visits", .integer).notNull()
                t.primaryKey(["site_id", "day"])
            }
            try db.create(table: "purge_receipt") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("run_id", .text).notNull().unique()
                t.column("payload", .text).notNull()
                t.column("previous_hash", .text).notNull()
                t.column("hash", .text).notNull()
            }
        }
        migrator.registerMigration("v3-audit") { db in
            try db.create(table: "audit_log") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("at", .datetime).notNull().indexed()
                t.column("actor", .text).notNull()
                t.column("action", .text).notNull()
                t.column("site_id", .integer).references("site", onDelete: .restrict)
                t.column("details", .text).notNull()
            }
        }
        migrator.registerMigration("v4-privacy-notice") { db in
            try db.alter(table: "visit") { t in t.add(column: "privacy_notice_version", .text) }
        }
        migrator.registerMigration("v5-outbox") { db in
            try db.alter(table: "site") { t in
                t.add(column: "language", .text).notNull().defaults(to: "nb")
                t.add(column: "privacy_notice_url", .text)
                t.add(column: "webhook_url", .text)
                t.add(column: "webhook_secret", .text)
                t.add(column: "webhook_personal_data", .boolean).notNull().defaults(to: false)
            }
            try db.create(table: "outbox_message") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("visit_id", .integer).indexed().references("visit", onDelete: .cascade)
                t.column("site_id", .integer).notNull().references("site", onDelete: .restrict)
                t.column("channel", .text).notNull()
                t.column("recipient", .text)
                t.column("subject", .text)
                t.column("body", .text)
                t.column("idempotency_key", .text).notNull().unique()
                t.column("status", .text).notNull().defaults(to: "pending")
                t.column("attempts", .integer).notNull().defaults(to: 0)
                t.column("next_attempt_at", .datetime).notNull()
                t.column("last_error", .text)
                t.column("created_at", .datetime).notNull()
                t.column("sent_at", .datetime)
            }
            try db.create(index: "outbox_due", on: "outbox_message", columns: ["status", "next_attempt_at"])
        }
        migrator.registerMigration("v6-groups-consents", migrate: createGroupsAndConsents)
        migrator.registerMigration("v7-subject-requests", migrate: createSubjectRequests)
        migrator.registerMigration("v8-boundaries", migrate: hardenBoundaries)
        migrator.registerMigration("v9-backups", migrate: recordBackups)
        migrator.registerMigration("v10-idempotency", migrate: recordIdempotencyKeys)
        migrator.registerMigration("v11-roll-calls", migrate: createRollCalls)
        migrator.registerMigration("v12-site-settings", migrate: addWebhooksAndClosingTime)
        migrator.registerMigration("v13-invites", migrate: createInvites)
        migrator.registerMigration("v14-printing", migrate: createPrinting)
        migrator.registerMigration("v15-host-directory", migrate: extendHostDirectory)
        migrator.registerMigration("v16-provisioning", migrate: createProvisioning)
        migrator.registerMigration("v17-host-search-key", migrate: addHostSearchKey)
        migrator.registerMigration("v18-redundant-indexes", migrate: dropRedundantIndexes)
        return migrator
    }
}
