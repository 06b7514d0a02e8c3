import Crypto
import Foundation
import GRDB
import VaktbokCore

/// The token in a host's link: the visit id, an expiry and the link's purpose, signed with HMAC-SHA256 under the
/// database's link key, URL-safe base64. It names one visit, carries no personal data, and cannot be altered,
/// extended or turned into a link of the other purpose.
enum ReplyToken {
    /// A token for `visitID` and `purpose`, valid until `expires`.
    static func make(visitID: Int64, purpose: HostLinkPurpose, expires: Date, in db: Database) throws -> String {
        let payload = bytes(of: visitID) + bytes(of: Int64(expires.timeIntervalSince1970)) + [code(of: purpose)]
        return Base64URL.encode(payload + (try mac(payload, in: db)))
    }

    /// The visit id and purpose `token` names, if it is genuine and unexpired at `now`; nil otherwise.
    static func open(_ token: String, now: Date, in db: Database) throws -> (visitID: Int64, purpose: HostLinkPurpose)? {
        guard let raw = Base64URL.decode(token), raw.count == 33 else { return nil }
        let payload = Array(raw.prefix(17))
        guard zip(try mac(payload, in: db), raw.suffix(16)).reduce(0, { $0 | ($1.0 ^ $1.1) }) == 0,
            let purpose = HostLinkPurpose.allCases.first(where: { code(of: $0) == payload[16] })
        else { return nil }
        let visitID = integer(payload[0..<8]), expires = integer(payload[8..<16])
        return Int64(now.timeIntervalSince1970) < expires ? (visitID, purpose) : nil
    }

    /// The first 16 bytes of HMAC-SHA256 over "host-link" and `payload`.
    private static func mac(_ payload: [UInt8], in db: Database) throws -> [UInt8] {
        guard let key = try Data.fetchOne(db, sql: "SELECT key FROM link_key WHERE id = 1") else {
            throw StoreError.notFound(entity: "link key", field: "token")
        }
        let code = HMAC<SHA256>.authenticationCode(for: Array("host-link".utf8) + payload, using: SymmetricKey(data: key))
        return Array(Array(code).prefix(16))
    }

    private static func code(of purpose: HostLinkPurpose) -> UInt8 {
        switch purpose {
        case .reply: 1
        case .reminder: 2
        }
    }

    private static func bytes(of value: Int64) -> [UInt8] {
        (0..<8).map { UInt8(truncatingIfNeeded: value >> (56 - 8 * $0)) }
    }

    private static func integer(_ bytes: ArraySlice<UInt8>) -> Int64 {
        bytes.reduce(0) { $0 << 8 | Int64($1) }
    }
}
