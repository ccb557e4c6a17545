import HTTPTypes
import NIOCore
import NIOHTTP1
import NIOHTTPTypes

/// A request whose head is not HTTP (a header too large, a line no parser reads) is answered as every
/// refusal is, with a problem in Spanish, and its connection closed: Hummingbird would answer a bare 400
/// with no body. Between requests only: an error in a body whose head was read goes on to the call that
/// reads it, which answers it (`Problem.malformedBody`).
final class MalformedRequestProblem: ChannelDuplexHandler, RemovableChannelHandler {
    typealias InboundIn = HTTPRequestPart
    typealias InboundOut = HTTPRequestPart
    typealias OutboundIn = HTTPResponsePart
    typealias OutboundOut = HTTPResponsePart

    /// Whether a request's head was read and its end not yet.
    private var readingRequest = false

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        switch unwrapInboundIn(data) {
        case .head: readingRequest = true
        case .end: readingRequest = false
        case .body: break
        }
        context.fireChannelRead(data)
    }

    func errorCaught(context: ChannelHandlerContext, error: any Error) {
        guard !readingRequest, let parserError = error as? HTTPParserError else {
            context.fireErrorCaught(error)
            return
        }
        let problem = Self.problem(for: parserError)
        var headers = HTTPFields()
        headers[.contentType] = Problem.mediaType
        headers[.cacheControl] = "no-store"
        headers[.connection] = "close"
        let body = ByteBuffer(bytes: problem.body)
        headers[.contentLength] = String(body.readableBytes)
        context.write(wrapOutboundOut(.head(HTTPResponse(status: problem.status, headerFields: headers))), promise: nil)
        context.write(wrapOutboundOut(.body(body)), promise: nil)
        context.writeAndFlush(wrapOutboundOut(.end(nil))).whenComplete { _ in context.close(promise: nil) }
    }

    static func problem(for error: HTTPParserError) -> Problem {
        switch error {
        case .headerOverflow:
            Problem(status: .requestHeaderFieldsTooLarge, code: "headers-too-large",
                    detail: "Los encabezados de la solicitud son demasiado grandes.")
        default:
            Problem(status: .badRequest, code: "malformed-request", detail: "La solicitud no es HTTP válido.")
        }
    }
}
