import Foundation
import TestSupport

/// mutt, the mail reader an office may well use, as an independent reader of the outbox.
enum Mutt {
    /// What mutt's pager shows of the first message of a Maildir (headers and body decoded,
    /// attachments listed), captured through its display filter while `script` gives it a pseudo
    /// terminal. No configuration is read (`-n -F /dev/null`), and `folder` is the Maildir's own
    /// parent, so a mutt that has never run on this machine does not stop to ask whether to create
    /// `~/Mail`; should it ask anything else, its input is at end of file and the run has a deadline.
    static func showsFirstMessage(of maildir: URL) async throws -> String {
        let output = TemporaryDirectory.make("mutt").appendingPathComponent("message.txt")
        let folder = maildir.deletingLastPathComponent().path
        let command = "TERM=xterm mutt -n -F /dev/null -R -f '\(maildir.path)' "
            + "-e 'set folder=\"\(folder)\" spoolfile=\"\(maildir.path)\" wait_key=no charset=utf-8 quit=yes "
            + "display_filter=\"tee \(output.path)\"' "
            + "-e 'push \"<display-message><exit><quit>\"'"
        try await Tool.script.output(["-qec", command, "/dev/null"], deadline: .seconds(30))
        return try String(contentsOf: output, encoding: .utf8)
    }
}
