import Foundation
import GRDB
import VaktbokCore

/// A table's record: snake_case columns in SQL, camelCase in Swift, an auto-incremented `id`.
public protocol SnakeCaseRecord: StoredRecord, Codable, FetchableRecord, MutablePersistableRecord {}

extension SnakeCaseRecord {
    public static var databaseColumnDecodingStrategy: DatabaseColumnDecodingStrategy { SnakeCaseNames.decoding }
    public static var databaseColumnEncodingStrategy: DatabaseColumnEncodingStrategy { SnakeCaseNames.encoding }

    public mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }
}
