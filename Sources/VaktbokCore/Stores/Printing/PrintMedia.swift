/// The paper a badge printer holds, which decides the page size of every badge sent to it.
public enum PrintMedia: String, Codable, CaseIterable, Sendable {
    /// A 62 mm continuous roll (Brother QL DK-22205 and alike), cut after each 100 mm badge.
    case continuous62 = "62mm"
    /// 62 × 100 mm die-cut labels (Brother DK-11202, Dymo-sized badge labels).
    case dieCut62x100 = "62x100mm"
    /// A4 sheets, six badges to a page, cut out by hand.
    case a4

    /// Page width and height in millimetres.
    public var pageSize: (width: Double, height: Double) {
        switch self {
        case .continuous62, .dieCut62x100: (62, 100)
        case .a4: (210, 297)
        }
    }

    /// The top-left corners (millimetres from the page's top-left) of the 62 × 100 mm badges on one page.
    public var badgeOrigins: [(x: Double, y: Double)] {
        switch self {
        case .continuous62, .dieCut62x100: [(0, 0)]
        case .a4: [10.0, 114].flatMap { y in [8.0, 74, 140].map { x in (x, y) } }
        }
    }

    /// Validates `raw`, one of `62mm`, `62x100mm` or `a4`.
    public init(validating raw: String, field: String = "media") throws(ValidationError) {
        guard let media = PrintMedia(rawValue: raw.lowercased()) else {
            throw ValidationError(field: field, reason: "must be one of 62mm, 62x100mm, a4")
        }
        self = media
    }
}
