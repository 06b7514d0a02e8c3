import GRDB

extension AppDatabase {
    /// v12: the webhook's format (standard, Slack or Teams), the secret a rotation replaced (valid for a day), and
    /// the site's closing time.
    static func addWebhooksAndClosingTime(_ db: Database) throws {
        try db.alter(table: "site") { t in
            t.add(column: "webhook_format", .text).notNull().defaults(to: "standard")
            t.add(column: "webhook_previous_secret", .text)
            t.add(column: "webhook_previous_secret_until", .datetime)
            t.add(column: "closing_minutes", .integer)
        }
    }
}
