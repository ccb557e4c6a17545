@testable import EmbeddedBackend
import Testing
import TestSupport

/// RFC 4180 parsing with the line where each record starts.
@Suite(.runsPrograms) struct CSVReaderTests {
    @Test func quotedFieldsKeepCommasQuotesAndLineBreaks() throws {
        let records = try CSVReader.records(in: "a,\"b, c\",\"d \"\"e\"\"\"\r\n\"f\ng\",,h\n\nlast")
        #expect(records.map(\.fields) == [["a", "b, c", "d \"e\""], ["f\ng", "", "h"], ["last"]])
        #expect(records.map(\.line) == [1, 2, 5])
    }

    @Test func aByteOrderMarkAndAFinalLineBreakAreIgnored() throws {
        let records = try CSVReader.records(in: "\u{FEFF}x,y\n1,2\n")
        #expect(records.map(\.fields) == [["x", "y"], ["1", "2"]])
    }

    @Test func blankLinesAndAFieldlessFinalLineAreSkippedButAnEmptyQuotedFieldIsARecord() throws {
        let records = try CSVReader.records(in: "\n\r\n\"\"\nx")
        #expect(records.map(\.fields) == [[""], ["x"]])
        #expect(records.map(\.line) == [3, 4])
    }

    @Test func anOpenQuoteIsReportedWhereItOpens() {
        #expect(throws: CSVReader.UnterminatedQuote.self) { try CSVReader.records(in: "a\nb,\"c\nd") }
        do {
            _ = try CSVReader.records(in: "a\nb,\"c\nd")
        } catch {
            #expect(error.line == 2)
        }
    }
}
