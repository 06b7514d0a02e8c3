import GRDB
import VaktbokCore

/// A HostRecord is a row of `host`.
extension HostRecord: SnakeCaseRecord {
    public static let databaseTableName = "host"
    /// The columns queries name.
    public enum Columns: String, ColumnExpression {
        case id, siteId = "site_id", active, name, employeeNumber = "employee_number", searchKey = "search_key"
    }

    /// Every insert or update writes the name's search key (`SearchFolding.searchKey`) too, so that the desk's host
    /// search is a scan in SQLite instead of folding every host's name in Swift.
    public func aroundSave(_ db: Database, save: () throws -> PersistenceSuccess) throws {
        let saved = try save()
        let id = saved.persistenceContainer["id"]?.databaseValue ?? .null
        try db.execute(sql: "UPDATE host SET search_key = ? WHERE id = ?", arguments: [SearchFolding.searchKey(of: name), id])
    }
}
