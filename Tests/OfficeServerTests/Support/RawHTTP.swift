import AsyncHTTPClient
import Foundation
import NIOCore
import NIOHTTP1
import Testing

/// An HTTP request as any client (or attacker) may send it, and what came back.
struct RawHTTP {
    struct Answer {
        let status: Int
        let headers: HTTPHeaders
        let body: Data
        var text: String { String(decoding: body, as: UTF8.self) }
        var contentType: String? { headers["Content-Type"].first }

        func json() throws -> [String: Any] {
            guard let object = try JSONSerialization.jsonObject(with: body) as? [String: Any] else {
                throw FixtureFailure("not a JSON object: \(text)")
            }
            return object
        }
    }

    /// Each request on a connection of its own (`Connection: close`): a connection kept in the client's
    /// pool could be taken for the next request just as the server closes it for its idleness (a second
    /// here, ten by default), and what these tests send is the request, not the race.
    static func send(_ method: HTTPMethod, _ url: String, headers: [(String, String)] = [], body: Data? = nil) async throws -> Answer {
        var request = HTTPClientRequest(url: url)
        request.method = method
        for (name, value) in headers { request.headers.add(name: name, value: value) }
        if !request.headers.contains(name: "Connection") { request.headers.add(name: "Connection", value: "close") }
        if let body { request.body = .bytes(ByteBuffer(bytes: body)) }
        let response = try await HTTPClient.shared.execute(request, timeout: .seconds(90))
        let buffer = try await response.body.collect(upTo: 16 * 1024 * 1024)
        return Answer(status: Int(response.status.code), headers: response.headers, body: Data(buffer.readableBytesView))
    }

    /// A call of the API with a terminal's credential (or none, or another header).
    static func call(_ server: RunningServer, _ name: String, body: String, token: String? = OfficeFixture.token,
                     headers: [(String, String)] = [], query: String = "") async throws -> Answer {
        var all = headers + [("Content-Type", "application/json")]
        if let token { all.append(("Authorization", "Bearer \(token)")) }
        return try await send(.POST, "\(server.base.absoluteString)/v1/llamadas/\(name)\(query)", headers: all,
                              body: Data(body.utf8))
    }
}

/// Checks that an answer is the documented problem: its status, `application/problem+json`, a `type` and
/// `codigo` of this code, a Spanish `detail`, and nothing of a stack trace.
func expectProblem(_ answer: RawHTTP.Answer, status: Int, code: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
    #expect(answer.status == status, "\(answer.text)", sourceLocation: sourceLocation)
    #expect(answer.contentType == "application/problem+json", sourceLocation: sourceLocation)
    let json = try answer.json()
    #expect(json["type"] as? String == "urn:nss-kiosk:problema:\(code)", "\(answer.text)", sourceLocation: sourceLocation)
    #expect(json["codigo"] as? String == code, sourceLocation: sourceLocation)
    #expect(json["status"] as? Int == status, sourceLocation: sourceLocation)
    #expect((json["title"] as? String)?.isEmpty == false, sourceLocation: sourceLocation)
    let detail = json["detail"] as? String ?? ""
    #expect(detail.count > 10 && detail.contains(" "), "a sentence for whoever reads it: \(detail)", sourceLocation: sourceLocation)
    for trace in ["Swift", ".swift", "Fatal", "DecodingError", "NIO", "0x"] {
        #expect(!answer.text.contains(trace), "«\(trace)» in \(answer.text)", sourceLocation: sourceLocation)
    }
}
