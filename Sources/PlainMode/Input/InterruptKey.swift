import ProcessKit
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#endif

/// Ctrl-C in the line mode outside a kiosk: instead of killing the program (and the person's data with
/// it, unconfirmed), SIGINT becomes a request to leave that the session answers with the wizard's one
/// rule. The handler only writes a byte to a pipe (async-signal-safe); a thread of its own reads it and
/// passes it on. A kiosk ignores SIGINT (`KioskLineTerminal`), and that is kept: Ctrl-C is a typed byte there.
enum InterruptKey {
    nonisolated(unsafe) private static var writeEnd: Int32 = -1

    /// Each Ctrl-C from now on, until the process ends; an empty stream when no pipe can be made. Never
    /// asked for at a kiosk, whose SIGINT stays ignored.
    static func presses() -> AsyncStream<Void> {
        AsyncStream { continuation in
            guard writeEnd < 0, let (readEnd, write) = ChildProcess.pipeClosedOnExec() else {
                continuation.finish()
                return
            }
            writeEnd = write
            _ = signal(SIGINT) { _ in
                var byte: UInt8 = 3
                _ = Glibc.write(InterruptKey.writeEnd, &byte, 1)
            }
            DedicatedThread.start {
                var byte: UInt8 = 0
                while true {
                    let count = read(readEnd, &byte, 1)
                    if count < 0 && errno == EINTR { continue }
                    if count <= 0 { break }
                    continuation.yield(())
                }
                continuation.finish()
            }
        }
    }
}
