import Foundation
import HummingbirdBcrypt
import VaktbokCore
import VaktbokStore
import VaktbokTooling

/// The demo site, hosts and logins that `serve --demo` creates.
enum DemoData {
    /// Today's demo school group at OSL, visiting Kari Nordmann; importing it again changes nothing.
    static func seedDemoGroup(_ database: AppDatabase) async throws {
        let site = try await database.site(code: SiteCode("OSL"))
        guard let host = try await database.hosts(siteCode: SiteCode("OSL")).first(where: { $0.name == "Kari Nordmann" }) else { return }
        let list = "navn;rolle\nTrine Lærer-Haugen;lærer\nÅsmund Ødegård;elev\nBjørn-Åge Øvrebø;elev\nSiri Blåbær;elev\n"
        _ = try await database.importGroup(
            GroupImport(
                siteID: site.rowID, date: CalendarDate(of: Date(), in: site.zone), school: SchoolName("Demo vgs"), hostID: host.rowID,
                contactPhone: PhoneNumber("+4740000000"), list: NameList(bytes: Array(list.utf8)), dryRun: false, actor: "demo"
            ), now: Date())
    }

    /// Today's demo invitation at OSL, to Kari Nordmann: its code (creating it again changes nothing).
    static func seedDemoInvite(_ database: AppDatabase) async throws -> String? {
        let site = try await database.site(code: SiteCode("OSL"))
        guard let host = try await database.hosts(siteCode: SiteCode("OSL")).first(where: { $0.name == "Kari Nordmann" }) else { return nil }
        let invite = NewInvite(
            siteID: site.rowID, hostID: host.rowID, name: try PersonName("Åsa Inviterte-Ødegård"), phone: try PhoneNumber("+4799999901"),
            email: nil, date: CalendarDate(of: Date(), in: site.zone), window: nil, staffID: nil)
        return try await database.createInvite(invite, now: Date()).details.invite.badgeCode
    }

    /// Seeds the demo site, hosts, logins (desk, admin, fire warden, privacy officer), today's group and invitation, and
    /// prints the logins and how to try the invitation.
    static func seed(_ database: AppDatabase) async throws {
        let reception = Base64URL.randomToken(byteCount: 12)
        let admin = Base64URL.randomToken(byteCount: 12)
        let warden = Base64URL.randomToken(byteCount: 12)
        let privacy = Base64URL.randomToken(byteCount: 12)
        try await database.seedDemo(
            site: try SiteCode("OSL"), name: "Oslo HQ", timeZone: try TimeZoneName("Europe/Oslo"),
            hostNames: try ["Kari Nordmann", "Ola Nordmann", "Åse Bjørnstad-Ødegård", "Per Ærø", "Ingrid Løvås"]
                .map { try PersonName($0) },
            logins: [
                DemoLogin(
                    username: "resepsjon", role: .reception, passwordHash: Bcrypt.hash(reception, cost: PasswordPolicy.bcryptCost), boundToSite: true),
                DemoLogin(username: "admin", role: .admin, passwordHash: Bcrypt.hash(admin, cost: PasswordPolicy.bcryptCost), boundToSite: false),
                DemoLogin(
                    username: "brannvakt", role: .firewarden, passwordHash: Bcrypt.hash(warden, cost: PasswordPolicy.bcryptCost), boundToSite: true),
                DemoLogin(
                    username: "personvern", role: .privacy, passwordHash: Bcrypt.hash(privacy, cost: PasswordPolicy.bcryptCost), boundToSite: true),
            ],
            now: Date()
        )
        try await seedDemoGroup(database)
        let code = try await seedDemoInvite(database)
        Output.line(
            """
            Demo data ready: site OSL (Oslo HQ) with five hosts, a school group and an invited visitor expected today.
              reception login: resepsjon / \(reception)
              admin login:     admin / \(admin)
              warden login:    brannvakt / \(warden)
              privacy login:   personvern / \(privacy)
            These passwords are shown only now; restart with --demo for new ones.
            """)
        if let code {
            let page = database.publicURL.map { " (the visitor's page: \($0)/invite.html#code=\(code))" } ?? ""
            Output.line("  invitation: type or scan \(code) on the kiosk's Skann inn/ut screen\(page)")
        }
    }
}
