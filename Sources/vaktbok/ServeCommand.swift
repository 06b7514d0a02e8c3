import ArgumentParser
import Foundation
import Hummingbird
import HummingbirdBcrypt
import Logging
import VaktbokAPI
import VaktbokCore
import VaktbokStore

/// `vaktbok serve`: the HTTP API and the maintenance service; SIGTERM or SIGINT stops it cleanly.
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "serve", abstract: "Run the server.")
    @OptionGroup var database: DatabaseOptions
    @Option(help: "Address to listen on.") var hostname = "127.0.0.1"
    @Option(help: "Port to listen on (0 picks a free one).") var port = 8080
    @Flag(help: "Seed a demo site with hosts and print fresh demo logins.") var demo = false
    @Option(help: "Log level: trace, debug, info, notice, warning, error.") var logLevel = "info"
    @Option(help: "Folder of the reception terminal (kiosk) files, served at /.") var kioskDir = "kiosk"
    @Option(name: .customLong("trusted-proxy"), help: "IP address of a reverse proxy whose X-Forwarded-For is believed (repeatable).")
    var trustedProxies: [String] = []

    func run() async throws {
        guard let level = Logger.Level(rawValue: logLevel) else { throw CLIError("--log-level is not a log level") }
        let db = try database.open()
        if demo { try await DemoData.seed(db) }
        var config = APIConfig()
        config.hostname = hostname
        config.port = port
        config.bcryptCost = PasswordPolicy.bcryptCost
        config.notify = try NotifyEnvironment.config()
        config.logger.logLevel = level
        for proxy in trustedProxies where proxy.isEmpty || !proxy.allSatisfy({ $0.isHexDigit || $0 == "." || $0 == ":" }) {
            throw CLIError("--trusted-proxy must be an IP address such as 127.0.0.1 or ::1")
        }
        config.trustedProxies = Set(trustedProxies)
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: kioskDir, isDirectory: &isFolder), isFolder.boolValue {
            config.kioskDirectory = kioskDir
        } else {
            FileHandle.standardError.write(Data("no kiosk folder at \(kioskDir): serving the API only (see --kiosk-dir)\n".utf8))
        }
        config.onListening = { port in
            Output.line("Vaktbok listening on http://\(hostname):\(port) (database \(database.path))")
        }
        try await buildApplication(config: config, database: db).runService()
    }
}

/// The demo site, hosts and logins that `serve --demo` creates.
enum DemoData {
    /// Today's demo school group at OSL, visiting Kari Nordmann; importing it again changes nothing.
    static func seedDemoGroup(_ database: AppDatabase) async throws {
        let site = try await database.site(code: SiteCode("OSL"))
        guard let host = try await database.hosts(siteCode: SiteCode("OSL")).first(where: { $0.name == "Kari Nordmann" }) else { return }
        let list = "navn;rolle\nTrine Lærer-Haugen;lærer\nÅsmund Ødegård;elev\nBjørn-Åge Øvrebø;elev\nSiri Blåbær;elev\n"
        _ = try await database.importGroup(GroupImport(
            siteID: site.rowID, date: CalendarDate(of: Date(), in: site.zone), school: SchoolName("Demo vgs"), hostID: host.rowID,
            contactPhone: PhoneNumber("+4740000000"), list: NameList(bytes: Array(list.utf8)), dryRun: false, actor: "demo"
        ), now: Date())
    }

    static func seed(_ database: AppDatabase) async throws {
        let reception = Base64URL.randomToken(byteCount: 12)
        let admin = Base64URL.randomToken(byteCount: 12)
        try await database.seedDemo(
            site: try SiteCode("OSL"), name: "Oslo HQ", timeZone: try TimeZoneName("Europe/Oslo"),
            hostNames: try ["Kari Nordmann", "Ola Nordmann", "Åse Bjørnstad-Ødegård", "Per Ærø", "Ingrid Løvås"]
                .map { try PersonName($0) },
            logins: [
                DemoLogin(username: "resepsjon", role: .reception, passwordHash: Bcrypt.hash(reception, cost: PasswordPolicy.bcryptCost), boundToSite: true),
                DemoLogin(username: "admin", role: .admin, passwordHash: Bcrypt.hash(admin, cost: PasswordPolicy.bcryptCost), boundToSite: false),
            ],
            now: Date()
        )
        try await seedDemoGroup(database)
        Output.line("""
            Demo data ready: site OSL (Oslo HQ) with five hosts and a school group expected today.
              reception login: resepsjon / \(reception)
              admin login:     admin / \(admin)
            These passwords are shown only now; restart with --demo for new ones.
            """)
    }
}
