import Foundation
import VaktbokCore
import ZIPFoundation

/// The parts of an .xlsx file, a ZIP archive of XML files, read in memory: each part at most `maxPartBytes` once
/// inflated (checked as it inflates, whatever the archive declares), and none may declare a DTD, so no entity can
/// expand or reach outside.
struct XLSXArchive {
    /// The most bytes one part may inflate to: a sheet of 20,000 rows of long names is under a tenth of it.
    static let maxPartBytes = 48 * 1_048_576

    private let archive: Archive

    /// Opens `bytes`; throws when they are not a readable ZIP archive.
    init(bytes: [UInt8]) throws(ValidationError) {
        do {
            archive = try Archive(data: Data(bytes), accessMode: .read)
        } catch {
            throw ValidationError(field: "list", reason: "is a damaged Excel file (not a readable ZIP archive)")
        }
    }

    /// The XML of the part at `path` (no leading slash); nil when the archive has no such file.
    func xml(_ path: String) throws(ValidationError) -> Data? {
        guard let entry = archive[path], entry.type == .file else { return nil }
        guard entry.uncompressedSize <= Self.maxPartBytes else { throw Self.tooLarge }
        var data = Data()
        do {
            _ = try archive.extract(entry, skipCRC32: false) { chunk in
                guard data.count + chunk.count <= Self.maxPartBytes else { throw PartTooLarge() }
                data.append(chunk)
            }
        } catch is PartTooLarge {
            throw Self.tooLarge
        } catch {
            throw ValidationError(field: "list", reason: "is a damaged Excel file (a part cannot be unpacked)")
        }
        guard data.range(of: Data("<!DOCTYPE".utf8)) == nil else {
            throw ValidationError(field: "list", reason: "is not an Excel file (a part declares a document type)")
        }
        return data
    }

    /// Thrown out of the inflating loop when a part grows past the cap.
    private struct PartTooLarge: Error {}

    private static let tooLarge = ValidationError(field: "list", reason: "unpacks to more than 48 MiB; split it into several lists")
}
