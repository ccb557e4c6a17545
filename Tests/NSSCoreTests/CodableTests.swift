import Foundation
import Testing
import NSSCore

/// Values that can only be built by validation stay valid when they are stored or sent as JSON.
@Suite struct CodableTests {
    func roundTrip<T: Codable & Equatable>(_ value: T) throws -> T {
        try JSONDecoder().decode(T.self, from: JSONEncoder().encode(value))
    }

    func decode<T: Decodable>(_ type: T.Type, _ json: String) throws -> T {
        try JSONDecoder().decode(type, from: Data(json.utf8))
    }

    @Test func validValuesRoundTrip() throws {
        let curp = try CURP("HEGG560427MVZRRL04")
        #expect(try roundTrip(curp) == curp)
        let nss = try NSS("12345678903")
        #expect(try roundTrip(nss) == nss)
        let email = try EmailAddress("ana@gmail.com")
        #expect(try roundTrip(email) == email)
        let folio = try #require(Folio("17399369076551325965562"))
        #expect(try roundTrip(folio) == folio)
        let date = try #require(CivilDate(year: 1956, month: 4, day: 27))
        #expect(try roundTrip(date) == date)
    }

    @Test func theWireFormatIsAnObjectWithOneField() throws {
        let json = String(decoding: try JSONEncoder().encode(try CURP("HEGG560427MVZRRL04")), as: UTF8.self)
        #expect(json == #"{"value":"HEGG560427MVZRRL04"}"#)
        #expect(try decode(NSS.self, #"{"digits":"12345678903"}"#).digits == "12345678903")
        #expect(try decode(CivilDate.self, #"{"year":1956,"month":4,"day":27}"#) == CivilDate(year: 1956, month: 4, day: 27))
    }

    @Test func invalidValuesAreRejectedWhenDecoded() {
        #expect(throws: DecodingError.self) { try decode(CURP.self, #"{"value":"HEGG560427MVZRRL05"}"#) }
        #expect(throws: DecodingError.self) { try decode(CURP.self, #"{"value":"X"}"#) }
        #expect(throws: DecodingError.self) { try decode(NSS.self, #"{"digits":"12345678904"}"#) }
        #expect(throws: DecodingError.self) { try decode(EmailAddress.self, #"{"value":"ana@@gmail.com"}"#) }
        #expect(throws: DecodingError.self) { try decode(Folio.self, #"{"value":"123"}"#) }
        #expect(throws: DecodingError.self) { try decode(CivilDate.self, #"{"year":2023,"month":2,"day":29}"#) }
    }
}
