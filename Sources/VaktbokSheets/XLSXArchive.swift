import Foundation
import VaktbokCore
import ZIPFoundation

/// The parts of an .xlsx file, a ZIP archive of XML files, read in memory. Each part is at most `maxPartBytes` once
/// inflated (checked as it inflates, whatever the archive declares); all parts read together hold at most the
/// archive's budget of XML elements (parsing costs per element, and a few kilobytes of ZIP can hold millions of
/// `<c/>`); a part must be UTF-8 and may not declare a DTD, so no entity can expand or reach outside.
final class XLSXArchive {
    /// The most bytes one part may inflate to: a sheet of 20,000 rows of long names is under a tenth of it.
    static let maxPartBytes = 48 * 1_048_576

    private let archive: Archive
    private var elementsLeft: Int

    /// Opens `bytes`, whose parts may hold `maxElements` XML elements in all; throws when they are not a readable
    /// ZIP archive.
    init(bytes: [UInt8], maxElements: Int) throws(ValidationError) {
        elementsLeft = maxElements
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
        let text = data.starts(with: [0xEF, 0xBB, 0xBF]) ? data.dropFirst(3) : data[...]
        guard text.first(where: { ![0x20, 0x09, 0x0A, 0x0D].contains($0) }) == UInt8(ascii: "<"), !text.contains(0) else {
            throw ValidationError(field: "list", reason: "is not an Excel file (a part is not UTF-8 XML)")
        }
        guard data.range(of: Data("<!DOCTYPE".utf8)) == nil, data.range(of: Data("<!ENTITY".utf8)) == nil else {
            throw ValidationError(field: "list", reason: "is not an Excel file (a part declares a document type)")
        }
        elementsLeft -= data.reduce(0) { $0 + ($1 == UInt8(ascii: "<") ? 1 : 0) }
        guard elementsLeft >= 0 else {
            throw ValidationError(field: "list", reason: "has more cells than a list of this size can have; split it into several lists")
        }
        return data
    }

    /// Thrown out of the inflating loop when a part grows past the cap.
    private struct PartTooLarge: Error {}

    private static let tooLarge = ValidationError(field: "list", reason: "unpacks to more than 48 MiB; split it into several lists")
}
