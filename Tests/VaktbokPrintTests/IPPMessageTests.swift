import Testing

@testable import VaktbokPrint

@Suite("IPP messages")
struct IPPMessageTests {
    @Test("a Print-Job request decodes to the attributes it was built with, in order")
    func roundTrip() throws {
        let request = IPPRequests.printJob(printerURI: "ipp://localhost:631/printers/skranke", jobName: "vaktbok-badge-7", requestID: 42)
        let decoded = try IPPMessage(decoding: request.bytes)
        #expect(decoded == request)
        #expect(request.bytes.prefix(8) == [1, 1, 0, 2, 0, 0, 0, 42])
        let names = decoded.groups[0].attributes.map(\.name)
        #expect(names.prefix(3) == ["attributes-charset", "attributes-natural-language", "printer-uri"])
    }

    @Test("a multi-valued attribute keeps every value")
    func multipleValues() throws {
        let request = IPPRequests.jobState(printerURI: "ipp://p/ipp/print", jobID: 3, requestID: 1)
        let decoded = try IPPMessage(decoding: request.bytes)
        #expect(decoded.groups[0].attributes.last?.values.count == 2)
        #expect(decoded.integer("job-id", in: IPPMessage.operationGroup) == 3)
    }

    @Test("an answer cut short anywhere is refused, never read past its end")
    func truncated() throws {
        var answer = IPPMessage(
            code: 0, requestID: 9,
            groups: [.init(tag: IPPMessage.jobGroup, attributes: [.init(tag: IPPRequests.integerTag, name: "job-id", values: [[0, 0, 1, 0]])])])
        let bytes = answer.bytes
        #expect(try IPPMessage(decoding: bytes).integer("job-id", in: IPPMessage.jobGroup) == 256)
        for length in 0..<(bytes.count - 1) {
            #expect(throws: IPPError.self) { try IPPMessage(decoding: Array(bytes.prefix(length))) }
        }
        answer.groups = []
        #expect(try IPPMessage(decoding: answer.bytes).groups.isEmpty)
    }

    @Test("a value before any group, or a length beyond the bytes, is refused")
    func malformed() {
        #expect(throws: IPPError.self) { try IPPMessage(decoding: [1, 1, 0, 0, 0, 0, 0, 1, 0x21, 0, 1, 0x61, 0, 4, 0, 0, 0, 1, 3]) }
        #expect(throws: IPPError.self) { try IPPMessage(decoding: [1, 1, 0, 0, 0, 0, 0, 1, 0x02, 0x21, 0xFF, 0xFF]) }
    }

    @Test("a hostile answer with more groups, attributes or values than any printer sends is refused")
    func limits() throws {
        let header: [UInt8] = [1, 1, 0, 0, 0, 0, 0, 1]
        let attribute: [UInt8] = [0x21, 0, 1, 0x61, 0, 0]
        let extraValue: [UInt8] = [0x21, 0, 0, 0, 0]
        let tooManyGroups = header + [UInt8](repeating: IPPMessage.jobGroup, count: IPPMessage.maxGroups + 1) + [3]
        let tooManyAttributes = header + [IPPMessage.jobGroup] + Array((0...IPPMessage.maxAttributes).map { _ in attribute }.joined()) + [3]
        let tooManyValues = header + [IPPMessage.jobGroup] + attribute + Array(repeating: extraValue, count: IPPMessage.maxValues).joined() + [3]
        for bytes in [tooManyGroups, tooManyAttributes, tooManyValues] {
            #expect(throws: IPPError.self) { try IPPMessage(decoding: bytes) }
        }
        let justEnough = header + [IPPMessage.jobGroup] + attribute + Array(repeating: extraValue, count: IPPMessage.maxValues - 1).joined() + [3]
        #expect(try IPPMessage(decoding: justEnough).groups.first?.attributes.first?.values.count == IPPMessage.maxValues)
    }
}
