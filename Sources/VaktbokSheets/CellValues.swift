import VaktbokCore

/// What a cell shows as text: its shared or inline string, its number without float noise (a phone number typed as a
/// number reads 41234567, not 4.1234567E7), TRUE or FALSE, or for a cell formatted as a date the date as yyyy-mm-dd.
struct CellValues {
    let sharedStrings: [String]
    let dateStyles: Set<Int>
    let uses1904Dates: Bool

    /// The text of `cell`; throws when it refers to a shared string the workbook lacks.
    func text(of cell: WorkbookXML.Worksheet.Cell) throws(ValidationError) -> String {
        let value = cell.v ?? ""
        switch cell.t {
        case "s":
            guard let index = Int(value.trimmingWhitespace()), sharedStrings.indices.contains(index) else {
                throw ValidationError(field: "list", reason: "is a damaged Excel file (a cell refers to a missing text)")
            }
            return sharedStrings[index]
        case "inlineStr": return cell.inline?.text ?? value
        case "b": return value == "1" ? "TRUE" : "FALSE"
        case "d": return value.hasSuffix("T00:00:00") || value.hasSuffix("T00:00:00Z") ? String(value.prefix(10)) : value
        case "str", "e": return value
        default:
            guard let number = Double(value) else { return value }
            if let style = cell.s, dateStyles.contains(style), let date = date(serial: number) { return date }
            return number.rounded() == number && abs(number) < 1e15 ? String(Int64(number)) : value
        }
    }

    /// The day an Excel date serial names, as yyyy-mm-dd; nil outside years 1900 to 9999.
    private func date(serial: Double) -> String? {
        guard serial >= 1, serial < 2_958_466 else { return nil }
        var day = Int(serial.rounded(.down))
        // The 1900 system counts a 29 February 1900 that never was: serials from 61 on are one day late.
        day += uses1904Dates ? 1_462 : (day < 61 ? 1 : 0)
        let (year, month, dayOfMonth) = LocalTimestamps.civilDate(daysSince1970: day - 25_569)  // day 0 is 1899-12-30
        func pad(_ value: Int, _ width: Int) -> String { String(repeating: "0", count: max(0, width - String(value).count)) + String(value) }
        return "\(pad(year, 4))-\(pad(month, 2))-\(pad(dayOfMonth, 2))"
    }

    /// Whether number format `id` (with `code` when the workbook defines it) shows a date or time: Excel's built-in
    /// date formats, or a format code with day, month, year or hour letters outside quotes and brackets.
    static func isDateFormat(id: Int, code: String?) -> Bool {
        if [14...22, 27...36, 45...47, 50...58].contains(where: { $0.contains(id) }) { return true }
        guard let code else { return false }
        var plain = "", inQuotes = false, inBrackets = false, escaped = false
        for character in code {
            if escaped {
                escaped = false
            } else if character == "\\" {
                escaped = true
            } else if character == "\"" {
                inQuotes.toggle()
            } else if !inQuotes && character == "[" {
                inBrackets = true
            } else if inBrackets {
                if character == "]" { inBrackets = false }
            } else if !inQuotes {
                plain.append(character)
            }
        }
        return plain.lowercased().contains { "ydmh".contains($0) }
    }
}
