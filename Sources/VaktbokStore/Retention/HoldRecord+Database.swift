import Foundation
import GRDB
import VaktbokCore

/// A HoldRecord is a row of `hold`.
extension HoldRecord: SnakeCaseRecord {
    public static let databaseTableName = "hold"
    /// The columns queries name.
    public enum Columns: String, ColumnExpression { case endsAt = "ends_at" }
    /// The SQL condition "this hold keeps its visit at `now`".
    static func active(at now: Date) -> SQL { "hold.released_at IS NULL AND hold.ends_at > \(now)" }
}
