import Foundation
import VaktbokNotify

/// Runs real command-line tools for tests (zbarimg, sqlite3, python3) and returns what they printed.
public enum Subprocess {
    /// What a finished command printed and how it ended.
    public struct Output {
        public let status: Int32
        public let stdout: String
    }

    /// Runs `executable` with `arguments`, writes `input` to its standard input, and waits for it.
    public static func run(_ executable: String, _ arguments: [String], input: String = "") throws -> Output {
        let process = try ChildProcess(executable, arguments, stdin: .pipe, stdout: .pipe)
        process.standardInput?.write(Data(input.utf8))
        try process.standardInput?.close()
        let data = process.standardOutput?.readDataToEndOfFile() ?? Data()
        return Output(status: process.waitUntilExit(), stdout: String(decoding: data, as: UTF8.self))
    }

    /// Runs `python3` (from PATH) with `arguments` and returns its standard output.
    public static func python(_ arguments: [String], input: String = "") throws -> String {
        try run("/usr/bin/env", ["python3"] + arguments, input: input).stdout
    }
}
