/// An IPP/1.1 request or response (RFC 8010): operation or status code, request id, and attribute groups; a request
/// may carry a document after them. Decoding checks every length against the bytes there are, caps the number of
/// groups, attributes and values, and takes linear time.
struct IPPMessage: Equatable {
    /// An attribute: its value tag, name and values (raw bytes, as the value tag says to read them).
    struct Attribute: Equatable {
        let tag: UInt8
        let name: String
        var values: [[UInt8]]
    }

    /// A delimiter tag and the attributes after it.
    struct Group: Equatable {
        let tag: UInt8
        var attributes: [Attribute]
    }

    /// Operation id in a request, status code in a response.
    let code: UInt16
    let requestID: Int32
    var groups: [Group]

    static let operationGroup: UInt8 = 0x01
    static let jobGroup: UInt8 = 0x02
    static let endOfAttributes: UInt8 = 0x03
    /// The most attributes, and values of one attribute, an answer may hold: far beyond any printer's job answer,
    /// and small enough that a hostile one costs nothing.
    static let maxAttributes = 1_000
    static let maxValues = 100
    static let maxGroups = 100

    /// The encoded message (version 1.1), without a document.
    var bytes: [UInt8] {
        var out: [UInt8] = [1, 1] + Self.big(code) + Self.big(UInt32(bitPattern: requestID))
        for group in groups {
            out.append(group.tag)
            for attribute in group.attributes {
                for (index, value) in attribute.values.enumerated() {
                    let name = index == 0 ? Array(attribute.name.utf8) : []
                    out += [attribute.tag] + Self.big(UInt16(name.count)) + name + Self.big(UInt16(value.count)) + value
                }
            }
        }
        return out + [Self.endOfAttributes]
    }

    /// Decodes a message from `bytes`, ignoring anything after the end tag.
    init(decoding bytes: [UInt8]) throws(IPPError) {
        var reader = Reader(bytes: bytes)
        _ = try reader.take(2)
        code = try reader.uint16()
        requestID = Int32(bitPattern: try reader.uint32())
        groups = []
        var attributes = 0
        while true {
            let tag = try reader.byte()
            if tag == Self.endOfAttributes { return }
            if tag <= 0x0F {
                guard groups.count < Self.maxGroups else { throw IPPError.malformed }
                groups.append(Group(tag: tag, attributes: []))
                continue
            }
            let name = try reader.take(Int(try reader.uint16()))
            let value = try reader.take(Int(try reader.uint16()))
            let group = groups.count - 1
            guard group >= 0 else { throw IPPError.malformed }
            if name.isEmpty, let last = groups[group].attributes.indices.last {
                guard groups[group].attributes[last].values.count < Self.maxValues else { throw IPPError.malformed }
                groups[group].attributes[last].values.append(value)
            } else {
                attributes += 1
                guard attributes <= Self.maxAttributes else { throw IPPError.malformed }
                groups[group].attributes.append(Attribute(tag: tag, name: String(decoding: name, as: UTF8.self), values: [value]))
            }
        }
    }

    /// A message from its parts.
    init(code: UInt16, requestID: Int32, groups: [Group]) {
        self.code = code
        self.requestID = requestID
        self.groups = groups
    }

    /// The first value of integer or enum attribute `name` in groups tagged `groupTag`.
    func integer(_ name: String, in groupTag: UInt8) -> Int? {
        let value = groups.filter { $0.tag == groupTag }.flatMap(\.attributes).first { $0.name == name }?.values.first
        guard let value, value.count == 4 else { return nil }
        return Int(Int32(bitPattern: value.reduce(0) { $0 << 8 | UInt32($1) }))
    }

    static func big(_ value: UInt16) -> [UInt8] { [UInt8(value >> 8), UInt8(value & 0xFF)] }
    static func big(_ value: UInt32) -> [UInt8] { [24, 16, 8, 0].map { UInt8((value >> $0) & 0xFF) } }

    /// Reads bytes in order, throwing instead of reading past the end.
    private struct Reader {
        let bytes: [UInt8]
        var offset = 0

        mutating func take(_ count: Int) throws(IPPError) -> [UInt8] {
            guard count >= 0, offset + count <= bytes.count else { throw IPPError.malformed }
            defer { offset += count }
            return Array(bytes[offset..<offset + count])
        }

        mutating func byte() throws(IPPError) -> UInt8 { try take(1)[0] }
        mutating func uint16() throws(IPPError) -> UInt16 { try take(2).reduce(0) { $0 << 8 | UInt16($1) } }
        mutating func uint32() throws(IPPError) -> UInt32 { try take(4).reduce(0) { $0 << 8 | UInt32($1) } }
    }
}

/// An IPP answer that could not be read.
enum IPPError: Error {
    case malformed
}
