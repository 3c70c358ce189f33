import CompetencyKitInternals
import Testing

/// Calendar dates written `YYYY-MM-DD`.
@Suite struct ISODateTests {
    @Test(arguments: ["2026-09-01", "2024-02-29", "2000-02-29", "2026-12-31", "2026-04-30", "0001-01-01"])
    func realDates(_ text: String) {
        #expect(ISODate.isValid(text))
    }

    @Test(arguments: [
        // Not in the calendar: not a leap year (1900 is not, being a century), no 13th month,
        // no day 0 or 31st of April.
        "2023-02-29", "1900-02-29", "2026-13-01", "2026-00-10", "2026-01-00", "2026-04-31",
        // Not written YYYY-MM-DD.
        "2026-1-01", "2026-01-1", "26-01-01", "2026/01/01", "2026-01-01T10:00", "", "2026-01", "+026-01-01",
        "２０２６-01-01", " 2026-01-01",
    ])
    func notDates(_ text: String) {
        #expect(!ISODate.isValid(text))
    }
}
