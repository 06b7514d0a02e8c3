import Crypto
import Foundation
import GRDB
import VaktbokCore

extension AppDatabase {
    /// Stores a session for `staffID` under the SHA-256 of `token`, valid for `lifetime` from `now`, at kiosk `terminal`.
    public func createSession(staffID: Int64, token: String, now: Date, lifetime: TimeInterval, terminal: Label? = nil) async throws -> SessionRecord
    {
        try await write { db in
            var session = SessionRecord(
                id: nil, staffId: staffID, tokenHash: Self.sha256(token), createdAt: now,
                expiresAt: now.addingTimeInterval(lifetime), revokedAt: nil, terminal: terminal?.value
            )
            try session.insert(db)
            return session
        }
    }

    /// The staff member behind `token` if its session is neither expired nor revoked at `now`.
    public func authenticate(token: String, now: Date) async throws -> (SessionRecord, StaffRecord)? {
        try await read { db in
            guard let session = try Self.liveSession(token: token, now: now, in: db),
                let staff = try StaffRecord.fetchOne(db, key: session.staffId)
            else { return nil }
            return (session, staff)
        }
    }

    /// Revokes the live session behind `token`; false when there was none.
    public func revokeSession(token: String, now: Date) async throws -> Bool {
        try await write { db in
            guard var session = try Self.liveSession(token: token, now: now, in: db) else { return false }
            session.revokedAt = now
            try session.update(db)
            return true
        }
    }

    private static func liveSession(token: String, now: Date, in db: Database) throws -> SessionRecord? {
        try SessionRecord
            .filter(SessionRecord.Columns.tokenHash == sha256(token))
            .filter(SessionRecord.Columns.revokedAt == nil && SessionRecord.Columns.expiresAt > now)
            .fetchOne(db)
    }

    /// Hex SHA-256 of `text`: how tokens and throttled usernames are kept.
    static func sha256(_ text: String) -> String {
        let digits = Array("0123456789abcdef".utf8)
        var hex = [UInt8]()
        hex.reserveCapacity(64)
        for byte in SHA256.hash(data: Data(text.utf8)) { hex += [digits[Int(byte >> 4)], digits[Int(byte & 0x0F)]] }
        return String(decoding: hex, as: UTF8.self)
    }
}
