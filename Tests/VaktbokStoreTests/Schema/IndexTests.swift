import GRDB
import Testing

@testable import VaktbokStore

@Suite("Indexes: each one earns its cost on every insert and delete")
struct IndexTests {
    @Test("no index repeats the leading columns of another on the same table (unique and partial ones excepted: they are rules)")
    func noRedundantIndex() async throws {
        let fixture = try await StoreFixture()
        #expect(try await fixture.database.pool.read(Self.redundantIndexes) == [])
    }

    @Test("the check finds an index that repeats the start of another, so that it cannot pass by reading nothing")
    func checkSeesRedundancy() async throws {
        let fixture = try await StoreFixture()
        let found = try await fixture.database.pool.write { db in
            try db.execute(sql: "CREATE INDEX scratch_prefix ON visit(site_id, checked_out_at)")
            try db.execute(sql: "CREATE UNIQUE INDEX scratch_unique ON visit(badge_code, site_id)")
            try db.execute(sql: "CREATE INDEX scratch_under_partial ON visit(visitor_name, host_id)")
            try db.execute(sql: "CREATE INDEX scratch_partial ON visit(visitor_name, host_id, visitor_phone) WHERE checked_out_at IS NULL")
            return try Self.redundantIndexes(db)
        }
        #expect(found == ["scratch_prefix"])
    }

    /// The non-unique indexes whose key columns begin another index of their table, by name.
    static func redundantIndexes(_ db: Database) throws -> [String] {
        let tables = try String.fetchAll(db, sql: "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
        return try tables.flatMap { table in
            let indexes = try Row.fetchAll(db, sql: "SELECT name, \"unique\", partial FROM pragma_index_list(?)", arguments: [table]).map { row in
                (
                    name: row["name"] as String, rule: row["unique"] || row["partial"], partial: row["partial"] as Bool,
                    columns: try keyColumns(of: row["name"], in: db)
                )
            }
            return indexes.filter { index in
                !index.rule && indexes.contains { !$0.partial && $0.name != index.name && $0.columns.starts(with: index.columns) }
            }.map(\.name)
        }.sorted()
    }

    /// The key columns of index `name` in order; an expression counts as its own column, equal to no other.
    static func keyColumns(of name: String, in db: Database) throws -> [String] {
        try Row.fetchAll(db, sql: "SELECT name, seqno FROM pragma_index_xinfo(?) WHERE key = 1 ORDER BY seqno", arguments: [name])
            .map { ($0["name"] as String?) ?? "expression \($0["seqno"] as Int) of \(name)" }
    }
}
