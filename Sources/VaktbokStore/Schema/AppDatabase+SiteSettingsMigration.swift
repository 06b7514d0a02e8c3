import Foundation
import GRDB

extension AppDatabase {
    /// v12: the webhook's format (standard, Slack or Teams), the secret a rotation replaced (valid for a day), the
    /// site's closing time and reminder hours, the host's reply and reminder of a visit, and the key that signs their links.
    static func addWebhooksAndClosingTime(_ db: Database) throws {
        try db.alter(table: "site") { t in
            t.add(column: "webhook_format", .text).notNull().defaults(to: "standard")
            t.add(column: "webhook_previous_secret", .text)
            t.add(column: "webhook_previous_secret_until", .datetime)
            t.add(column: "closing_minutes", .integer)
            t.add(column: "closing_set_at", .datetime)
            t.add(column: "reminder_hours", .integer)
        }
        try db.alter(table: "visit") { t in
            t.add(column: "host_reply", .text)
            t.add(column: "host_replied_at", .datetime)
            t.add(column: "host_reminded_at", .datetime)
            t.add(column: "visitor_told_count", .integer).notNull().defaults(to: 0)
        }
        try db.create(table: "link_key") { t in
            t.primaryKey("id", .integer).check { $0 == 1 }
            t.column("key", .blob).notNull()
        }
        var generator = SystemRandomNumberGenerator()
        let key = Data((0..<32).map { _ in UInt8.random(in: .min ... .max, using: &generator) })
        try db.execute(sql: "INSERT INTO link_key (id, key) VALUES (1, ?)", arguments: [key])
    }
}
