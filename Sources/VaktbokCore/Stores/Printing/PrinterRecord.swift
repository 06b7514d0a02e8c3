import Foundation

/// A badge printer of a site (row of `printer`): where its jobs go, what paper it holds and at what resolution.
public struct PrinterRecord: StoredRecord, Codable, Sendable, Equatable {
    public var id: Int64?
    public var siteId: Int64
    public var name: String
    /// `PrinterTarget`'s stored form: a CUPS queue name or an IPP URI.
    public var target: String
    public var media: PrintMedia
    /// The printer's resolution, to which the QR's modules are snapped (300 for Brother QL and Dymo, 203 for Zebra).
    public var dotsPerInch: Int
    public var createdAt: Date

    /// Creates the value from its parts.
    public init(id: Int64? = nil, siteId: Int64, name: String, target: String, media: PrintMedia, dotsPerInch: Int, createdAt: Date) {
        self.id = id
        self.siteId = siteId
        self.name = name
        self.target = target
        self.media = media
        self.dotsPerInch = dotsPerInch
        self.createdAt = createdAt
    }
}

/// A printer with the kiosk terminals that print to it.
public struct PrinterDetails: Sendable, Equatable {
    public let printer: PrinterRecord
    public let siteCode: String
    /// Terminal names, sorted.
    public let terminals: [String]

    /// Creates the value from its parts.
    public init(printer: PrinterRecord, siteCode: String, terminals: [String]) {
        self.printer = printer
        self.siteCode = siteCode
        self.terminals = terminals
    }
}

/// A printer to add, or the new settings of one: every value already through its gate.
public struct PrinterSettings: Sendable {
    public var name: Label
    public var target: PrinterTarget
    public var media: PrintMedia
    public var dotsPerInch: Int
    /// The kiosk terminals that print to it; a terminal another printer of the site had moves here.
    public var terminals: [Label]

    /// Validates the resolution (150–1200 dpi) and that no terminal is named twice.
    public init(name: Label, target: PrinterTarget, media: PrintMedia, dotsPerInch: Int = 300, terminals: [Label]) throws(ValidationError) {
        guard (150...1200).contains(dotsPerInch) else { throw ValidationError(field: "dpi", reason: "must be 150 to 1200") }
        guard terminals.count <= 20 else { throw ValidationError(field: "terminals", reason: "at most 20 terminals per printer") }
        guard Set(terminals.map { $0.value.lowercased() }).count == terminals.count else {  // as the store and the kiosk compare them
            throw ValidationError(field: "terminals", reason: "names a terminal twice")
        }
        self.name = name
        self.target = target
        self.media = media
        self.dotsPerInch = dotsPerInch
        self.terminals = terminals
    }
}
