import Foundation
import Glibc
import Logging
import Testing
import VaktbokCore
import VaktbokStore
import VaktbokTestSupport

@testable import VaktbokPrint

@Suite("The print queue against a stand-in IPP printer")
struct PrintServiceTests {
    let clock = TestClock(try! Date("2026-12-03T09:00:00Z", strategy: .iso8601))
    let database: AppDatabase
    let visit: VisitDetails
    let site: SiteRecord

    init() async throws {
        database = try AppDatabase(path: TemporaryFolder.make("print").appendingPathComponent("print.sqlite").path)
        site = try await database.addSite(code: SiteCode("OSL"), name: "Oslo HQ", timeZone: TimeZoneName("Europe/Oslo"), now: clock.now)
        let host = try await database.addHost(siteCode: SiteCode("OSL"), name: PersonName("Kari Nordmann"), phone: nil, email: nil, now: clock.now)
        visit = try await database.checkIn(
            siteID: site.rowID, hostID: host.rowID, name: PersonName("Åsa Ødegård-Lie"), phone: PhoneNumber("91234567"), badgeCode: .random(),
            staffID: nil, now: clock.now)
    }

    /// A job for the visit's badge on a printer at `uri`, and a service over it with the test clock.
    /// (`timeout`: long enough that the stand-in is heard out on a loaded machine; short for a port nothing listens on,
    /// since the HTTP client keeps trying to connect until then.)
    private func queued(uri: String, giveUpAfter: TimeInterval = 3_600, timeout: Int64 = 30) async throws -> (PrintService, Int64) {
        let printer = try await database.addPrinter(
            siteID: site.rowID,
            PrinterSettings(name: Label("QL-820"), target: try PrinterTarget(queue: nil, ippURL: uri), media: .dieCut62x100, terminals: []),
            actor: "test", now: clock.now)
        let job = try await database.enqueuePrint(visitIDs: [visit.visit.rowID], printerID: printer.printer.rowID, actor: nil, now: clock.now)
        var settings = PrintSettings()
        settings.giveUpAfter = giveUpAfter
        var client = IPPClient()
        client.timeout = .seconds(timeout)
        let service = PrintService(store: database, settings: settings, client: client, now: { [clock] in clock.now }, logger: Logger(label: "test"))
        return (service, job.job.rowID)
    }

    /// A loopback port nothing listens on: bound to find a free one, then closed, so a connection is refused at once.
    static func closedPort() -> Int {
        let socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(socket) }
        var address = sockaddr_in(
            sin_family: sa_family_t(AF_INET), sin_port: 0, sin_addr: in_addr(s_addr: inet_addr("127.0.0.1")), sin_zero: (0, 0, 0, 0, 0, 0, 0, 0))
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        withUnsafeMutablePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                _ = bind(socket, $0, length)
                _ = getsockname(socket, $0, &length)
            }
        }
        return Int(UInt16(bigEndian: address.sin_port))
    }

    private func job(_ id: Int64) async throws -> PrintJobRecord {
        try await database.printJob(id: id, siteID: nil).job
    }

    @Test("a job is sent as a PDF with a name free of personal data, then followed until the printer says completed")
    func printsAndFollows() async throws {
        let printer = IPPStandIn()
        try await printer.run { uri in
            let (service, id) = try await queued(uri: uri)
            try await service.workDue()
            let sentJob = try await job(id)
            #expect(sentJob.status == .sent && sentJob.printerJobId == 77)
            let sent = try #require(printer.received.first)
            #expect(sent.message.code == IPPRequests.printJob)
            let names = sent.message.groups[0].attributes.map { "\($0.name)=\(String(decoding: $0.values[0], as: UTF8.self))" }
            #expect(names.contains("job-name=vaktbok-badge-\(id)") && names.contains("document-format=application/pdf"))
            #expect(!names.joined().contains("Ødegård"))
            #expect(try Poppler.qrCodes(sent.document, dotsPerInch: 300) == [visit.visit.badgeCode])

            try await service.workDue()
            #expect(printer.received.count == 1, "not asked again before the follow interval")
            printer.answer(jobState: 9)
            clock.advance(by: 1)
            try await service.workDue()
            #expect(printer.received.last?.message.code == IPPRequests.getJobAttributes)
            #expect(try await job(id).status == .printed)
            try await service.workDue()
            #expect(printer.received.count == 2, "a printed job is left alone")
        }
    }

    @Test(
        "what the printer answers decides the job's state",
        arguments: [
            (UInt16(0x040A), Int?.none, PrintJobStatus.failed, false), (0x0507, nil, .queued, true), (0, 7, .failed, false), (0, 8, .failed, false),
            (0, 6, .sent, true), (0, 4, .sent, true), (0x0406, nil, .printed, false),
        ])
    func answers(status: UInt16, jobState: Int?, expected: PrintJobStatus, waiting: Bool) async throws {
        let printer = IPPStandIn()
        try await printer.run { uri in
            let (service, id) = try await queued(uri: uri)
            if jobState != nil || status == 0x0406 {
                try await service.workDue()
                clock.advance(by: 1)
            }
            printer.answer(status: status, jobState: jobState)
            try await service.workDue()
            let after = try await job(id)
            #expect(after.status == expected && after.waiting == waiting, "\(after)")
            #expect(after.lastError.map { !$0.contains("Ødegård") } ?? true)
        }
    }

    @Test("a printer that cannot be reached: the job waits, is tried again later, and is given up after the limit")
    func unreachable() async throws {
        let (service, id) = try await queued(uri: "ipp://127.0.0.1:\(Self.closedPort())/ipp/print", giveUpAfter: 60, timeout: 1)
        try await service.workDue()
        var waiting = try await job(id)
        #expect(waiting.status == .queued && waiting.waiting && waiting.attempts == 1 && waiting.lastError == "the printer cannot be reached")
        #expect(waiting.nextAttemptAt > clock.now)
        try await service.workDue()
        #expect(try await job(id).attempts == 1, "not tried again before it is due")
        clock.advance(by: 61)
        try await service.workDue()
        waiting = try await job(id)
        #expect(waiting.status == .failed && waiting.lastError == "gave up: the printer cannot be reached")
    }

    @Test("a job whose visit was erased, or whose printer was removed, fails instead of printing")
    func nothingToPrint() async throws {
        let (service, id) = try await queued(uri: "ipp://127.0.0.1:\(Self.closedPort())/ipp/print", timeout: 1)
        try await database.pool.write { db in try db.execute(sql: "DELETE FROM visit WHERE id = ?", arguments: [visit.visit.rowID]) }
        try await service.workDue()
        #expect(try await job(id).status == .failed)
        #expect(try await database.printJob(id: id, siteID: nil).badges == 0, "the job's link to the visit went with it")

        let other = try await database.enqueuePrint(
            visitIDs: [
                try await database.checkIn(
                    siteID: site.rowID, hostID: visit.visit.hostId, name: PersonName("Per Ærø"), phone: PhoneNumber("92345678"), badgeCode: .random(),
                    staffID: nil, now: clock.now
                ).visit.rowID
            ], printerID: try #require(try await database.printers(siteID: nil).first?.printer.id), actor: nil, now: clock.now)
        let printerID = try #require(other.job.printerId)
        try await database.removePrinter(id: printerID, siteID: nil, actor: "test", now: clock.now)
        let removed = try await job(other.job.rowID)
        #expect(removed.status == .failed && removed.lastError == "the printer was removed")
    }

    @Test("a badge the printer holds when its visitor is erased is cancelled at the printer")
    func erasedWhileHeld() async throws {
        let printer = IPPStandIn()
        try await printer.run { uri in
            let (service, id) = try await queued(uri: uri)
            try await service.workDue()
            try await database.pool.write { db in try db.execute(sql: "DELETE FROM visit WHERE id = ?", arguments: [visit.visit.rowID]) }
            clock.advance(by: 1)
            try await service.workDue()
            #expect(printer.received.last?.message.code == IPPRequests.cancelJob)
            #expect(printer.received.last?.message.integer("job-id", in: IPPMessage.operationGroup) == 77)
            let cancelled = try await job(id)
            #expect(cancelled.status == .cancelled && cancelled.lastError == "the visits were erased")
        }
    }

    @Test("each pass takes one queued and one sent job per printer, so one printer's backlog keeps no other printer waiting")
    func fairness() async throws {
        let (_, first) = try await queued(uri: "ipp://192.0.2.1/ipp/print")
        let busy = try #require(try await database.printJob(id: first, siteID: nil).job.printerId)
        for _ in 0..<3 { _ = try await database.enqueuePrint(visitIDs: [visit.visit.rowID], printerID: busy, actor: nil, now: clock.now) }
        let other = try await database.addPrinter(
            siteID: site.rowID, PrinterSettings(name: Label("Zebra"), target: .queue("Zebra"), media: .continuous62, terminals: []), actor: "test",
            now: clock.now)
        let waiting = try await database.enqueuePrint(visitIDs: [visit.visit.rowID], printerID: other.printer.rowID, actor: nil, now: clock.now)
        #expect(try await database.duePrintJobs(now: clock.now, limit: 50).map(\.rowID) == [first, waiting.job.rowID])
    }

    @Test("only visits on site get badges, a site has at most 50 jobs open, and a print asked for by someone is audited")
    func enqueueRules() async throws {
        let (_, first) = try await queued(uri: "ipp://192.0.2.1/ipp/print")
        let printerID = try #require(try await database.printJob(id: first, siteID: nil).job.printerId)
        for _ in 1..<AppDatabase.maxOpenJobsPerSite {
            _ = try await database.enqueuePrint(visitIDs: [visit.visit.rowID], printerID: printerID, actor: "cli:test", now: clock.now)
        }
        await #expect(throws: StoreError.self) {
            try await database.enqueuePrint(visitIDs: [visit.visit.rowID], printerID: printerID, actor: nil, now: clock.now)
        }
        let audited = try await database.auditEntries(AuditQuery(siteID: nil, limit: 100)).filter { $0.action == "badge-print" }
        #expect(audited.count == AppDatabase.maxOpenJobsPerSite - 1)
        _ = try await database.checkOut(visitID: visit.visit.rowID, siteID: nil, now: clock.now)
        try await database.pool.write { db in try db.execute(sql: "UPDATE print_job SET status = 'printed'") }
        await #expect(throws: StoreError.notFound(entity: "visit on site", field: "visitIds")) {
            try await database.enqueuePrint(visitIDs: [visit.visit.rowID], printerID: printerID, actor: nil, now: clock.now)
        }
    }

    @Test("cancelled at the desk: a job not yet sent is never sent, one the printer holds is cancelled there, an ended one is a conflict")
    func cancelAtTheDesk() async throws {
        let printer = IPPStandIn()
        try await printer.run { uri in
            let (service, held) = try await queued(uri: uri)
            try await service.workDue()
            let printerID = try #require(try await job(held).printerId)
            let notSent = try await database.enqueuePrint(visitIDs: [visit.visit.rowID], printerID: printerID, actor: nil, now: clock.now).job.rowID
            #expect(try await database.cancelPrintJob(id: notSent, siteID: nil, actor: "test", now: clock.now).job.status == .cancelled)
            #expect(try await database.cancelPrintJob(id: held, siteID: nil, actor: "test", now: clock.now).job.status == .cancelling)
            try await service.workDue()
            #expect(printer.received.map(\.message.code) == [IPPRequests.printJob, IPPRequests.cancelJob], "the cancelled job was never sent")
            #expect(try await job(held).status == .cancelled)
            await #expect(throws: StoreError.self) { try await database.cancelPrintJob(id: held, siteID: nil, actor: "test", now: clock.now) }
        }
    }

    @Test("cancelled at the desk while the printer was taking the job: the service does not undo the cancel, and takes the job back")
    func cancelDuringSend() async throws {
        let database = database
        let clock = clock
        let printer = IPPStandIn { message in
            guard message.code == IPPRequests.printJob else { return }
            let jobs = try await database.duePrintJobs(now: clock.now, limit: 1)
            _ = try await database.cancelPrintJob(id: try #require(jobs.first?.id), siteID: nil, actor: "test", now: clock.now)
        }
        try await printer.run { uri in
            let (service, id) = try await queued(uri: uri)
            try await service.workDue()
            #expect(try await job(id).status == .cancelled, "the desk's cancel stands")
            #expect(printer.received.map(\.message.code) == [IPPRequests.printJob, IPPRequests.cancelJob])
        }
    }
}
