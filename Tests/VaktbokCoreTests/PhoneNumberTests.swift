import Testing
import VaktbokCore

@Suite("Phone numbers")
struct PhoneNumberTests {
    @Test(
        "normalises to E.164",
        arguments: [
            ("91234567", "+4791234567"),
            ("412 34 567", "+4741234567"),
            ("+47 912 34 567", "+4791234567"),
            ("0047 91234567", "+4791234567"),
            ("+46 70 123 45 67", "+46701234567"),
            ("00 44 20 7946 0958", "+442079460958"),
            ("(+47) 912-34-567", "+4791234567"),
        ])
    func normalises(raw: String, expected: String) throws {
        #expect(try PhoneNumber(raw).e164 == expected)
    }

    @Test(
        "rejects anything else with a reason for the phone field",
        arguments: [
            "", "+", "1234", "22123456", "812345678", "9123456", "+47 1234", "+47912345678",
            "+4791234567890123", "abcdefgh", "+47 91a34567", "+0 91234567", "٩١٢٣٤٥٦٧",
        ])
    func rejects(raw: String) {
        #expect(throws: ValidationError.self) { try PhoneNumber(raw) }
        do { _ = try PhoneNumber(raw) } catch { #expect(error.field == "phone") }
    }
}
