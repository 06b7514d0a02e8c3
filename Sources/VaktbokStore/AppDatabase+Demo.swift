import Foundation
import GRDB
import VaktbokCore

/// A demo login to create or reset.
public struct DemoLogin: Sendable {
    public let username: String
    public let role: Role
    public let passwordHash: String
    public let boundToSite: Bool

    /// A login `username` with `role`, bound to the demo site when `boundToSite`.
    public init(username: String, role: Role, passwordHash: String, boundToSite: Bool) {
        self.username = username
        self.role = role
        self.passwordHash = passwordHash
        self.boundToSite = boundToSite
    }
}

extension AppDatabase {
    /// Creates the demo site and its hosts if absent, and (re)sets the demo logins' passwords,
    /// signing out their old sessions; one transaction.
    public func seedDemo(
        site code: SiteCode, name: String, timeZone: TimeZoneName,
        hostNames: [PersonName], logins: [DemoLogin], now: Date
    ) async throws {
        try await write { db in
            var site = try SiteRecord.filter(SiteRecord.Columns.code == code.value).fetchOne(db)
            if site == nil {
                var created = SiteRecord(id: nil, code: code.value, name: name, timeZone: timeZone.identifier, createdAt: now, visitRetentionDays: RetentionPolicy.standard.visitDays,
                language: "nb", privacyNoticeUrl: nil, webhookUrl: nil, webhookSecret: nil, webhookPersonalData: false
            )
                try created.insert(db)
                for hostName in hostNames {
                    var host = HostRecord(
                        id: nil, siteId: created.rowID, name: hostName.value, phone: nil, email: nil,
                        active: true, createdAt: now
                    )
                    try host.insert(db)
                }
                site = created
            }
            let siteID = site?.id
            for login in logins {
                var staff = try Self.staff(username: login.username, in: db)
                    ?? StaffRecord(id: nil, username: login.username, passwordHash: "", role: login.role, siteId: nil, createdAt: now)
                staff.passwordHash = login.passwordHash
                staff.role = login.role
                staff.siteId = login.boundToSite ? siteID : nil
                try staff.save(db)
                try SessionRecord.filter(SessionRecord.Columns.staffId == staff.rowID).deleteAll(db)
            }
        }
    }
}
