import ArgumentParser
import VaktbokCore
import VaktbokStore

/// A failure the CLI reports as one clear line on stderr, exiting non-zero.
struct CLIError: Error, CustomStringConvertible {
    let description: String

    init(_ description: String) {
        self.description = description
    }

    /// Runs `body`, turning the domain's errors into messages that name the option at fault.
    static func reporting<T>(_ body: () async throws -> T) async throws -> T {
        do {
            return try await body()
        } catch let error as VaktbokCore.ValidationError {
            throw CLIError("--\(error.field) \(error.reason)")
        } catch let error as StoreError {
            throw CLIError(error.message)
        }
    }
}
