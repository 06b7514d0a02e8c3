import Foundation
import GRDB
import VaktbokCore

/// A RollCallRecord is a row of `roll_call`.
extension RollCallRecord: SnakeCaseRecord {
    public static let databaseTableName = "roll_call"
    /// The columns queries name.
    public enum Columns: String, ColumnExpression { case siteId = "site_id", kind, endedAt = "ended_at", startedAt = "started_at" }
}

/// A RollCallEntry is a row of `roll_call_entry` joined with its visit and host.
extension RollCallEntry: FetchableRecord {
    /// The entries of one roll call (argument: its id), the missing first, then by name.
    static let sql = """
        SELECT roll_call_entry.visit_id, visit.visitor_name, host.name AS host_name, visit.checked_in_at,
               roll_call_entry.accounted_at, roll_call_entry.accounted_by
        FROM roll_call_entry JOIN visit ON visit.id = roll_call_entry.visit_id JOIN host ON host.id = visit.host_id
        WHERE roll_call_entry.roll_call_id = ?
        ORDER BY roll_call_entry.accounted_at IS NOT NULL, visit.visitor_name COLLATE NOCASE, roll_call_entry.visit_id
        """

    /// Decodes one row of `sql`.
    public init(row: Row) throws {
        self.init(
            visitId: row["visit_id"], name: row["visitor_name"], host: row["host_name"], checkedInAt: row["checked_in_at"],
            accountedAt: row["accounted_at"], accountedBy: row["accounted_by"]
        )
    }
}
