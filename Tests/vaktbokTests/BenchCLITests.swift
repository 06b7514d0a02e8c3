import Foundation
import Testing
import VaktbokTestSupport

@Suite("vaktbok bench, run as the real binary")
struct BenchCLITests {
    @Test("bench seed fills a new database; bench report times it and shows an index-served plan")
    func seedAndReport() throws {
        let cli = VaktbokBinary()
        let seed = try cli.run(["bench", "seed", "--visits", "200", "--sites", "2", "--days", "3"])
        #expect(seed.status == 0 && seed.stdout.contains("seeded 200 visits over 2 sites (B01-B02)"))
        #expect(try cli.sql("SELECT count(*) FROM visit WHERE site_id = 2") == "100")
        let report = try cli.run(["bench", "report", "--site", "B02", "--days", "3", "--runs", "2"])
        #expect(report.status == 0, "\(report.stderr)")
        #expect(report.stdout.contains("100 visits") && report.stdout.contains("SEARCH visit USING INDEX"))
        let again = try cli.run(["bench", "seed", "--visits", "10", "--sites", "1"])
        #expect(again.status != 0 && again.stderr.contains("exists"))
    }

    @Test("bench idle starts serve as often as asked and reports its memory; bad counts are refused before any start")
    func idle() throws {
        let cli = VaktbokBinary()
        let idle = try cli.run(["bench", "idle", "--runs", "2", "--settle", "0"], addDatabase: false)
        #expect(idle.status == 0, "\(idle.stderr)")
        #expect(idle.stdout.contains("over 2 starts") && idle.stdout.contains("as it starts listening:") && idle.stdout.contains(" MiB ("))
        #expect(!idle.stdout.contains("nan"), "\(idle.stdout)")
        for bad in [["--runs", "0"], ["--runs", "51"], ["--settle", "61"]] {
            let refused = try cli.run(["bench", "idle"] + bad, addDatabase: false)
            #expect(refused.status != 0 && refused.stderr.contains("need 1-50 runs and 0-60 seconds to settle"), "\(bad)")
        }
    }
}
