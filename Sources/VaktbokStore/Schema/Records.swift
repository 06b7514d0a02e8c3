import Foundation
import GRDB

/// A table's record: snake_case columns in SQL, camelCase in Swift, an auto-incremented `id`.
public protocol SnakeCaseRecord: Codable, FetchableRecord, MutablePersistableRecord {
    /// The row id; nil only before the record is first inserted.
    var id: Int64? { get set }
}

extension SnakeCaseRecord {
    public static var databaseColumnDecodingStrategy: DatabaseColumnDecodingStrategy { .convertFromSnakeCase }
    public static var databaseColumnEncodingStrategy: DatabaseColumnEncodingStrategy { .convertToSnakeCase }

    public mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }

    /// The id of a record read from or written to the database, where it is never nil.
    public var rowID: Int64 {
        guard let id else { preconditionFailure("\(Self.self) used before it was inserted") }
        return id
    }
}
