/// The IPP operations Vaktbok sends (RFC 8011): print a job, ask how it is doing, cancel it.
enum IPPRequests {
    static let printJob: UInt16 = 0x0002
    static let cancelJob: UInt16 = 0x0008
    static let getJobAttributes: UInt16 = 0x0009

    /// Value tags used here.
    static let integerTag: UInt8 = 0x21
    static let keywordTag: UInt8 = 0x44
    static let uriTag: UInt8 = 0x45
    static let charsetTag: UInt8 = 0x47
    static let languageTag: UInt8 = 0x48
    static let mimeTypeTag: UInt8 = 0x49
    static let nameTag: UInt8 = 0x42

    /// Print-Job for a PDF; the job name holds the Vaktbok job id only, since CUPS keeps job names in its history.
    static func printJob(printerURI: String, jobName: String, requestID: Int32) -> IPPMessage {
        request(
            printJob, printerURI: printerURI, requestID: requestID,
            extra: [
                .init(tag: nameTag, name: "job-name", values: [Array(jobName.utf8)]),
                .init(tag: mimeTypeTag, name: "document-format", values: [Array("application/pdf".utf8)]),
            ])
    }

    /// Get-Job-Attributes asking for the job's state.
    static func jobState(printerURI: String, jobID: Int, requestID: Int32) -> IPPMessage {
        request(
            getJobAttributes, printerURI: printerURI, requestID: requestID,
            extra: [
                jobIDAttribute(jobID),
                .init(tag: keywordTag, name: "requested-attributes", values: [Array("job-state".utf8), Array("job-state-reasons".utf8)]),
            ])
    }

    /// Cancel-Job, for a job given up on, so that its file does not wait in the printer's spool.
    static func cancel(printerURI: String, jobID: Int, requestID: Int32) -> IPPMessage {
        request(cancelJob, printerURI: printerURI, requestID: requestID, extra: [jobIDAttribute(jobID)])
    }

    private static func jobIDAttribute(_ jobID: Int) -> IPPMessage.Attribute {
        .init(tag: integerTag, name: "job-id", values: [IPPMessage.big(UInt32(truncatingIfNeeded: jobID))])
    }

    private static func request(_ operation: UInt16, printerURI: String, requestID: Int32, extra: [IPPMessage.Attribute]) -> IPPMessage {
        let attributes: [IPPMessage.Attribute] =
            [
                .init(tag: charsetTag, name: "attributes-charset", values: [Array("utf-8".utf8)]),
                .init(tag: languageTag, name: "attributes-natural-language", values: [Array("en".utf8)]),
                .init(tag: uriTag, name: "printer-uri", values: [Array(printerURI.utf8)]),
                .init(tag: nameTag, name: "requesting-user-name", values: [Array("vaktbok".utf8)]),
            ] + extra
        return IPPMessage(code: operation, requestID: requestID, groups: [.init(tag: IPPMessage.operationGroup, attributes: attributes)])
    }
}
