import NIOCore
import NIOHTTPTypes

/// Closes a connection whose request's body has not all arrived `limit` after its head. Hummingbird's
/// idle timeout cuts a connection that sends no whole head (a slowloris), but every piece of a body
/// counts as activity there: a body sent one byte every few seconds would hold its connection for days.
/// Once the request is read, the deadline ends: a call held by `?espera=` is waiting for its answer, not
/// sending.
final class RequestBodyDeadline: ChannelInboundHandler, RemovableChannelHandler {
    typealias InboundIn = HTTPRequestPart
    typealias InboundOut = HTTPRequestPart

    let limit: TimeAmount
    private var deadline: Scheduled<Void>?

    init(limit: TimeAmount) {
        self.limit = limit
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        switch unwrapInboundIn(data) {
        case .head:
            deadline?.cancel()
            let loopBound = NIOLoopBound(context, eventLoop: context.eventLoop)
            deadline = context.eventLoop.scheduleTask(in: limit) {
                loopBound.value.close(promise: nil)
            }
        case .end:
            deadline?.cancel()
            deadline = nil
        case .body:
            break
        }
        context.fireChannelRead(data)
    }

    /// A body HTTP cannot read ends the reading too: the call answers it (`Problem.malformedBody`), in
    /// its own time.
    func errorCaught(context: ChannelHandlerContext, error: any Error) {
        deadline?.cancel()
        deadline = nil
        context.fireErrorCaught(error)
    }

    func handlerRemoved(context: ChannelHandlerContext) {
        deadline?.cancel()
        deadline = nil
    }

    func channelInactive(context: ChannelHandlerContext) {
        deadline?.cancel()
        deadline = nil
        context.fireChannelInactive()
    }
}
