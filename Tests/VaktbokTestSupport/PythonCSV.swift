import Foundation

/// Parses CSV text with the real Python `csv` module, as a spreadsheet-minded consumer would.
public enum PythonCSV {
    /// The rows of `text`, split at `delimiter`, a UTF-8 BOM allowed.
    public static func parse(_ text: String, delimiter: String) throws -> [[String]] {
        let script = """
            import csv, io, json, sys
            data = sys.stdin.buffer.read().decode('utf-8-sig')
            print(json.dumps(list(csv.reader(io.StringIO(data, newline=''), delimiter=sys.argv[1]))))
            """
        return try JSONDecoder().decode([[String]].self, from: Data(Subprocess.python(["-c", script, delimiter], input: text).utf8))
    }
}
