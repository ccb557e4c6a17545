import Testing
import NSSCore

@Suite struct CivilDateTests {
    @Test func onlyDatesOfTheCalendarExist() {
        #expect(CivilDate(year: 2024, month: 2, day: 29) != nil)
        #expect(CivilDate(year: 2023, month: 2, day: 29) == nil)
        #expect(CivilDate(year: 1900, month: 2, day: 29) == nil)
        #expect(CivilDate(year: 2000, month: 2, day: 29) != nil)
        #expect(CivilDate(year: 2024, month: 4, day: 31) == nil)
        #expect(CivilDate(year: 2024, month: 13, day: 1) == nil)
        #expect(CivilDate(year: 2024, month: 0, day: 1) == nil)
        #expect(CivilDate(year: 2024, month: 1, day: 0) == nil)
        #expect(CivilDate(year: 0, month: 1, day: 1) == nil)
    }

    @Test func parsesAndPrintsISODates() throws {
        let date = try #require(CivilDate(iso: "1956-04-27"))
        #expect(date == CivilDate(year: 1956, month: 4, day: 27))
        #expect(date.iso == "1956-04-27")
        #expect(date.description == "1956-04-27")
        #expect(date.dayMonthYear == "27/04/1956")
    }

    @Test("rejects malformed ISO text", arguments: [
        "1956-4-27", "56-04-27", "1956/04/27", "1956-04-27T00:00", "+956-04-27", "1956-+4-27", "1956-04-31", "",
        "١٩٥٦-04-27",
    ])
    func rejectsMalformedISOText(_ text: String) {
        #expect(CivilDate(iso: text) == nil)
    }

    @Test func datesAreOrderedByYearThenMonthThenDay() throws {
        let a = try #require(CivilDate(year: 1999, month: 12, day: 31))
        let b = try #require(CivilDate(year: 2000, month: 1, day: 1))
        let c = try #require(CivilDate(year: 2000, month: 1, day: 2))
        #expect(a < b && b < c)
        #expect(!(b < a))
    }

    @Test func leapYearsFollowTheGregorianRule() {
        #expect(CivilDate.isLeap(2024))
        #expect(CivilDate.isLeap(2000))
        #expect(!CivilDate.isLeap(1900))
        #expect(!CivilDate.isLeap(2023))
        #expect(CivilDate.daysIn(month: 2, year: 2024) == 29)
        #expect(CivilDate.daysIn(month: 11, year: 2024) == 30)
        #expect(CivilDate.daysIn(month: 12, year: 2024) == 31)
    }
}
