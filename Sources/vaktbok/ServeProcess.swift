import Foundation

/// A `vaktbok serve --demo` child process on a given database, for benchmarks: its URL, admin password and memory.
final class ServeProcess {
    let process = Process()
    let url: String
    let adminPassword: String

    /// Starts this same executable as `serve --demo --port 0 --db path` and waits until it listens.
    init(database path: String) throws {
        let output = Pipe()
        process.executableURL = URL(fileURLWithPath: CommandLine.arguments[0]).standardizedFileURL
        process.arguments = ["serve", "--demo", "--port", "0", "--db", path]
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        var data = Data()
        let ready = { (text: String) in text.components(separatedBy: "listening on").dropFirst().first?.contains("\n") == true }
        while !ready(String(decoding: data, as: UTF8.self)), let byte = try output.fileHandleForReading.read(upToCount: 1), !byte.isEmpty {
            data += byte
        }
        let lines = String(decoding: data, as: UTF8.self).split(separator: "\n")
        guard let line = lines.first(where: { $0.contains("listening on") }), let admin = lines.first(where: { $0.contains("admin login:") }),
            let password = admin.split(separator: "/").last?.trimmingCharacters(in: .whitespaces)
        else { throw CLIError("vaktbok serve did not start") }
        url = String(line.split(separator: " ")[3])
        adminPassword = password
    }

    /// Resident set size in MiB, from /proc.
    var residentMiB: Double {
        let status = (try? String(contentsOfFile: "/proc/\(process.processIdentifier)/status", encoding: .utf8)) ?? ""
        let kib = status.split(separator: "\n").first { $0.hasPrefix("VmRSS:") }?.split(separator: " ").dropFirst().first.flatMap { Double($0) }
        return (kib ?? .nan) / 1_024
    }

    /// SIGTERM and wait.
    func stop() {
        process.terminate()
        process.waitUntilExit()
    }
}
