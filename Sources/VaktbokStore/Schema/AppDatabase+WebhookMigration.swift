import GRDB

extension AppDatabase {
    /// v12: the webhook's format (standard, Slack or Teams) and the secret a rotation replaced, valid for a day.
    static func addWebhookFormatsAndRotation(_ db: Database) throws {
        try db.alter(table: "site") { t in
            t.add(column: "webhook_format", .text).notNull().defaults(to: "standard")
            t.add(column: "webhook_previous_secret", .text)
            t.add(column: "webhook_previous_secret_until", .datetime)
        }
    }
}
