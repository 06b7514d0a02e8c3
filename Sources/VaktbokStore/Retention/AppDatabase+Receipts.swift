import Foundation
import GRDB
import VaktbokCore

extension AppDatabase {
    /// The hash a chain starts from.
    static let genesisHash = String(repeating: "0", count: 64)

    /// Appends `report` as a receipt whose hash covers its payload and the previous receipt's hash.
    func appendReceipt(_ report: PurgeReport) async throws {
        let payload = try String(decoding: Self.receiptEncoder.encode(report), as: UTF8.self)
        try await write { db in
            let previous = try String.fetchOne(db, sql: "SELECT hash FROM purge_receipt ORDER BY id DESC LIMIT 1") ?? Self.genesisHash
            try db.execute(
                sql: "INSERT INTO purge_receipt (run_id, payload, previous_hash, hash) VALUES (?, ?, ?, ?)",
                arguments: [report.runId, payload, previous, Self.sha256(previous + "\n" + payload)]
            )
        }
    }

    /// The newest receipt's report, if any run has written one and it still reads as one; an edited receipt that no
    /// longer decodes is none here (`verifyReceipts` names it), so that metrics and the status page still answer.
    public func lastReceipt() async throws -> PurgeReport? {
        let payload = try await read { db in
            try String.fetchOne(db, sql: "SELECT payload FROM purge_receipt ORDER BY id DESC LIMIT 1")
        }
        return payload.flatMap { try? Self.receiptDecoder.decode(PurgeReport.self, from: Data($0.utf8)) }
    }

    /// Recomputes the receipt chain; returns how many receipts hold, or the id of the first that does not.
    public func verifyReceipts() async throws -> ReceiptCheck {
        try await read { db in
            var expected = Self.genesisHash
            var count = 0
            for row in try Row.fetchAll(db, sql: "SELECT id, payload, previous_hash, hash FROM purge_receipt ORDER BY id") {
                let payload: String = row["payload"]
                let decodes = (try? Self.receiptDecoder.decode(PurgeReport.self, from: Data(payload.utf8))) != nil
                guard row["previous_hash"] == expected, row["hash"] == Self.sha256(expected + "\n" + payload), decodes else {
                    return ReceiptCheck(intact: count, firstBroken: row["id"])
                }
                expected = row["hash"]
                count += 1
            }
            return ReceiptCheck(intact: count, firstBroken: nil)
        }
    }

    private static var receiptEncoder: JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        encoder.dateEncodingStrategy = .iso8601
        return encoder
    }

    private static var receiptDecoder: JSONDecoder {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        return decoder
    }
}
