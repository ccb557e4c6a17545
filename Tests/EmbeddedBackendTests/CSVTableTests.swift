@testable import EmbeddedBackend
import Testing
import TestSupport

/// RFC 4180 parsing with the line where each record starts.
@Suite(.runsPrograms) struct CSVTableTests {
    @Test func quotedFieldsKeepCommasQuotesAndLineBreaks() throws {
        let table = try CSVTable(parsing: "a,\"b, c\",\"d \"\"e\"\"\"\r\n\"f\ng\",,h\n\nlast")
        #expect(table.records.map(\.fields) == [["a", "b, c", "d \"e\""], ["f\ng", "", "h"], ["last"]])
        #expect(table.records.map(\.line) == [1, 2, 5])
    }

    @Test func aByteOrderMarkAndAFinalLineBreakAreIgnored() throws {
        let table = try CSVTable(parsing: "\u{FEFF}x,y\n1,2\n")
        #expect(table.records.map(\.fields) == [["x", "y"], ["1", "2"]])
    }

    @Test func anOpenQuoteIsReportedWhereItOpens() {
        #expect(throws: CSVTable.UnterminatedQuote.self) { try CSVTable(parsing: "a\nb,\"c\nd") }
        do {
            _ = try CSVTable(parsing: "a\nb,\"c\nd")
        } catch {
            #expect(error.line == 2)
        }
    }
}
