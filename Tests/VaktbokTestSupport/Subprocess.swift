import Foundation

/// Runs real command-line tools for tests (zbarimg, sqlite3, python3) and returns what they printed.
public enum Subprocess {
    /// What a finished command printed and how it ended.
    public struct Output {
        public let status: Int32
        public let stdout: String
    }

    /// Runs `executable` with `arguments`, writes `input` to its standard input, and waits for it.
    public static func run(_ executable: String, _ arguments: [String], input: String = "") throws -> Output {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        let stdin = Pipe(), stdout = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = FileHandle.nullDevice
        try process.run()
        stdin.fileHandleForWriting.write(Data(input.utf8))
        try stdin.fileHandleForWriting.close()
        let data = stdout.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Output(status: process.terminationStatus, stdout: String(decoding: data, as: UTF8.self))
    }

    /// Runs `python3` (from PATH) with `arguments` and returns its standard output.
    public static func python(_ arguments: [String], input: String = "") throws -> String {
        try run("/usr/bin/env", ["python3"] + arguments, input: input).stdout
    }
}
