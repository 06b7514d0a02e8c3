import Foundation
import VaktbokNotify
import VaktbokTestSupport

/// The real `vaktbok` executable that `swift build` put beside the test bundle.
struct VaktbokBinary {
    /// A database file in a fresh temporary folder.
    let databasePath: String

    init() {
        databasePath = TemporaryFolder.make("cli").appendingPathComponent("cli.sqlite").path
    }

    static var url: URL {
        if let path = ProcessInfo.processInfo.environment["VAKTBOK_BINARY"] { return URL(fileURLWithPath: path) }
        return Bundle.main.bundleURL.appendingPathComponent("vaktbok")
    }

    /// What one run printed and how it ended.
    struct Result {
        let status: Int32
        let stdout: String
        let stderr: String
    }

    /// Runs `vaktbok` with `arguments` plus `--db` on this database, feeding `stdin`, and waits for it.
    @discardableResult
    func run(
        _ arguments: [String], stdin: String = "", environment: [String: String]? = nil, addDatabase: Bool = true,
        executable: String? = nil
    ) throws -> Result {
        let process = try ChildProcess(
            executable ?? Self.url.path,
            executable == nil ? arguments + (addDatabase ? ["--db", databasePath] : []) : Array(arguments.dropFirst()),
            environment: environment, stdin: .pipe, stdout: .pipe, stderr: .pipe)
        process.standardInput?.write(Data(stdin.utf8))
        try process.standardInput?.close()
        let out = process.standardOutput?.readDataToEndOfFile() ?? Data()
        let err = process.standardError?.readDataToEndOfFile() ?? Data()
        return Result(
            status: process.waitUntilExit(), stdout: String(decoding: out, as: UTF8.self), stderr: String(decoding: err, as: UTF8.self)
        )
    }

    /// Starts `vaktbok` with `arguments` plus `--db` on this database without waiting; output is discarded.
    func start(_ arguments: [String]) throws -> ChildProcess {
        try ChildProcess(Self.url.path, arguments + ["--db", databasePath])
    }

    /// Runs the `sqlite3` shell on this database and returns its output, trimmed.
    func sql(_ query: String) throws -> String {
        try Subprocess.run("/usr/bin/sqlite3", [databasePath, query]).stdout.trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
