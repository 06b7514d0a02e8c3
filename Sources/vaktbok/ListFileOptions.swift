import ArgumentParser
import Foundation
import VaktbokCore
import VaktbokSheets

/// The list file an import reads (school list, guest list or host directory): CSV or text, or an Excel workbook
/// with `--sheet` naming the sheet to read.
struct ListFileOptions: ParsableArguments {
    @Argument(help: "The list file: CSV or text, or an Excel workbook (.xlsx); - reads standard input.") var file: String
    @Option(help: "The sheet of an Excel workbook to read (default: the first visible one).") var sheet: String?

    /// The list in the file, read by `make` from its table; a file over `maxBytes` or one that cannot be read is
    /// refused with a message naming the file (or `--sheet`).
    func read<List>(maxBytes: Int, as make: (ListTable) throws(VaktbokCore.ValidationError) -> List) throws -> List {
        let handle = file == "-" ? FileHandle.standardInput : FileHandle(forReadingAtPath: file)
        guard let handle else { throw CLIError("cannot read \(file)") }
        let bytes = Array(try handle.read(upToCount: maxBytes + 1) ?? Data())
        do throws(VaktbokCore.ValidationError) {
            return try make(try ListFile.table(bytes, sheet: sheet, maxBytes: maxBytes))
        } catch {
            throw CLIError(error.field == "sheet" ? "--sheet \(error.reason)" : "\(file) \(error.reason)")
        }
    }
}
