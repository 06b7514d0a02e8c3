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
        try await buildApplication(config: config, store: db).runService()
    }
}
