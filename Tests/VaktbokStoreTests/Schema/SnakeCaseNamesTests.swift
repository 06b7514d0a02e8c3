import Foundation
import GRDB
import Testing

@testable import VaktbokStore

@Suite("Column names convert as Foundation's snake-case strategies do, once per name")
struct SnakeCaseNamesTests {
    @Test("every column of every table: the key Foundation's decoder makes, and back to the same column")
    func everyColumnOfTheSchema() async throws {
        let fixture = try await StoreFixture()
        let columns = try await fixture.database.pool.read { db in
            try String.fetchAll(db, sql: "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
                .flatMap { try db.columns(in: $0).map(\.name) }
        }
        #expect(columns.count > 100)
        let foundationKeys = try Self.foundationKeys(forColumns: columns)
        for column in Set(columns) {
            let key = SnakeCaseNames.key(forColumn: column)
            #expect(key == foundationKeys[column], "\(column)")
            #expect(SnakeCaseNames.column(forKey: key) == column, "\(column)")
            #expect(try Self.foundationColumn(forKey: key) == column, "\(column)")
        }
    }

    @Test("unusual names come out as Foundation makes them: underscores at the ends, digits, runs of capitals")
    func unusualNames() throws {
        let columns = ["id", "a_b_c", "_rowid_", "__private_key", "double__underscore", "version2_id", "trailing_", "___", "URL_path"]
        let keys = try Self.foundationKeys(forColumns: columns)
        for column in columns {
            #expect(SnakeCaseNames.key(forColumn: column) == keys[column], "\(column)")
        }
        for key in ["checkedInAt", "isHTMLPage", "myURL", "version2Id", "x", "ABc", "aB", "a2B", "e164Phone"] {
            #expect(SnakeCaseNames.column(forKey: key) == (try Self.foundationColumn(forKey: key)), "\(key)")
        }
    }

    /// The keys JSONDecoder's `.convertFromSnakeCase` makes of each of `columns`.
    static func foundationKeys(forColumns columns: [String]) throws -> [String: String] {
        let decoder = JSONDecoder()
        decoder.keyDecodingStrategy = .convertFromSnakeCase
        var keys: [String: String] = [:]
        for column in columns {
            keys[column] = try decoder.decode(KeyList.self, from: try JSONSerialization.data(withJSONObject: [column: 0])).keys.first
        }
        return keys
    }

    /// The column JSONEncoder's `.convertToSnakeCase` makes of `key`.
    static func foundationColumn(forKey key: String) throws -> String? {
        let encoder = JSONEncoder()
        encoder.keyEncodingStrategy = .convertToSnakeCase
        let json = try JSONSerialization.jsonObject(with: try encoder.encode(OneKey(name: key))) as? [String: Int]
        return json?.keys.first
    }

    /// The keys of a JSON object, as the decoder's key strategy delivers them.
    struct KeyList: Decodable {
        let keys: [String]
        init(from decoder: any Decoder) throws {
            keys = try decoder.container(keyedBy: AnyKey.self).allKeys.map(\.stringValue)
        }
    }

    /// An object with one key named at run time.
    struct OneKey: Encodable {
        let name: String
        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: AnyKey.self)
            try container.encode(0, forKey: AnyKey(stringValue: name))
        }
    }

    /// Any key.
    struct AnyKey: CodingKey {
        let stringValue: String
        var intValue: Int? { nil }
        init(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }
}
