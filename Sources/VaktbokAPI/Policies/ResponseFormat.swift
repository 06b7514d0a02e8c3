import Hummingbird

/// The representation a client asked for with `?format=` or the `Accept` header.
enum ResponseFormat {
    case json, csv, html

    /// `format=json|csv|html` wins over `Accept`; JSON when neither says.
    static func negotiate(_ request: Request) throws -> ResponseFormat {
        if let format = try request.formQuery()["format"] {
            switch format {
            case "json": return .json
            case "csv": return .csv
            case "html": return .html
            default: throw APIError(.badRequest, "format must be json, csv or html", field: "format")
            }
        }
        let accept = request.headers[.accept] ?? ""
        if accept.contains("text/csv") { return .csv }
        if accept.contains("text/html") { return .html }
        return .json
    }

    /// The CSV separator: `;` (Norwegian Excel) unless `separator=comma` is given.
    static func separator(_ request: Request) throws -> Character {
        switch try request.formQuery()["separator"] {
        case nil, "semicolon": return ";"
        case "comma": return ","
        default: throw APIError(.badRequest, "separator must be semicolon or comma", field: "separator")
        }
    }
}
