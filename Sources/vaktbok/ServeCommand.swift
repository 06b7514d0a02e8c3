import ArgumentParser
import Foundation
import Hummingbird
import HummingbirdBcrypt
import Logging
import VaktbokAPI
import VaktbokCore
import VaktbokStore
import VaktbokTooling

/// `vaktbok serve`: the HTTP API and the maintenance service; SIGTERM or SIGINT stops it cleanly.
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "serve", abstract: "Run the server.")
    @OptionGroup var database: DatabaseOptions
    @Option(help: "Address to listen on.") var hostname = "127.0.0.1"
    @Option(help: "Port to listen on (0 picks a free one).") var port = 8080
    @Flag(help: "Seed a demo site with hosts and print fresh demo logins.") var demo = false
    @Option(help: "Where people reach this server, for the hosts' reply links (env VAKTBOK_PUBLIC_URL; with --demo: the listening address).")
    var publicURL = PublicURL.fromEnvironment
    @Option(help: "Log level: trace, debug, info, notice, warning, error.") var logLevel = "info"
    @Option(help: "CUPS server (host:port) for badge printers given as a queue name (env CUPS_SERVER).")
    var cupsServer = ProcessInfo.processInfo.environment["CUPS_SERVER"] ?? "localhost:631"
    @Option(help: "Log format: text, or json (one object per line, for journald or Loki).") var logFormat = "text"
    @Option(help: "Folder of the reception terminal (kiosk) files, served at / (default: the installed or built-in ones).")
    var kioskDir: String?
    @Flag(help: "Serve the API without the reception terminal's files.") var apiOnly = false
    @Option(name: .customLong("trusted-proxy"), help: "IP address of a reverse proxy whose X-Forwarded-For is believed (repeatable).")
    var trustedProxies: [String] = []

    func run() async throws {
        guard let level = Logger.Level(rawValue: logLevel) else { throw CLIError("--log-level is not a log level") }
        guard ["text", "json"].contains(logFormat) else { throw CLIError("--log-format must be text or json") }
        if apiOnly, kioskDir != nil { throw CLIError("--api-only and --kiosk-dir exclude each other") }
        let kiosk = apiOnly ? nil : try ServedFiles.kiosk(explicit: kioskDir)
        let base = try linkBase()
        let db = try database.open(publicURL: base, checkpointing: .inBackground)
        if demo { try await DemoData.seed(db) }
        var config = APIConfig()
        config.hostname = hostname
        config.port = port
        config.bcryptCost = PasswordPolicy.bcryptCost
        config.notify = try NotifyEnvironment.config()
        config.printing.cupsServer = try Self.cupsServer(cupsServer)
        if logFormat == "json" { config.logger = Logger(label: "vaktbok") { JSONLogHandler(label: $0) } }
        config.logger.logLevel = level
        config.metricsToken = ProcessInfo.processInfo.environment["VAKTBOK_METRICS_TOKEN"].flatMap { $0.isEmpty ? nil : $0 }
        for proxy in trustedProxies where proxy.isEmpty || !proxy.allSatisfy({ $0.isHexDigit || $0 == "." || $0 == ":" }) {
            throw CLIError("--trusted-proxy must be an IP address such as 127.0.0.1 or ::1")
        }
        config.trustedProxies = Set(trustedProxies)
        config.kioskDirectory = kiosk
        if let installed = ServedFiles.installedAPIDescription { config.apiDescriptionFile = installed }
        config.publicURL = base
        config.onListening = { port in
            Output.line("Vaktbok listening on http://\(hostname):\(port) (database \(database.path); kiosk \(kiosk ?? "not served"))")
        }
        try await buildApplication(config: config, store: db).runService()
    }

    /// `host` or `host:port` of the CUPS server for printers given as a queue name (port 631 when left out).
    static func cupsServer(_ raw: String) throws -> String {
        let parts = raw.split(separator: ":", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count), let host = parts.first, !host.isEmpty,
            host.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "." || $0 == "-") }),
            parts.count == 1 || UInt16(parts[1]).map({ $0 > 0 }) == true
        else { throw CLIError("--cups-server (CUPS_SERVER) must be host or host:port, e.g. localhost:631; a socket path is not supported") }
        return parts.count == 1 ? "\(host):631" : raw
    }

    /// The root of links in messages: `--public-url` without a trailing slash, the listening address for a demo on
    /// a fixed port, else none (messages then carry no reply link).
    private func linkBase() throws -> String? {
        if let base = try PublicURL.checked(publicURL) { return base }
        let reachable = ["0.0.0.0", "::"].contains(hostname) ? "127.0.0.1" : hostname
        return demo && port != 0 ? "http://\(reachable):\(port)" : nil
    }
}
