import EmbeddedBackend
import Foundation
import NSSCore
import Wizard

/// Drives the wizard as the run loop does — events in, effects performed against a real backend,
/// answers fed back — and records every screen it shows.
struct HeadlessDriver {
    var state = WizardState()
    let runner: EffectRunner<EmbeddedBackend>
    private(set) var stepsShown: [Step] = [.curp]

    init(backend: EmbeddedBackend) { runner = EffectRunner(backend: backend) }

    /// Sends one event and performs every effect it causes, to quiescence.
    mutating func send(_ event: Event) async {
        var pending = [event]
        while !pending.isEmpty {
            let effects = state.reduce(pending.removeFirst())
            if stepsShown.last != state.step { stepsShown.append(state.step) }
            for effect in effects {
                if let answer = await runner.run(effect, session: state.session) { pending.append(answer) }
            }
        }
    }

    /// Types text into the focused field, one key at a time.
    mutating func type(_ text: String) async {
        for character in text { await send(.edit(.insert(String(character)))) }
    }
}

/// Reads the outbox the way a person reads their inbox: the newest message to an address.
enum Inbox {
    static func newestMessage(to address: String, in backend: EmbeddedBackend) throws -> ReceivedMail? {
        let files = try backend.maildir?.messageFiles() ?? []
        return files.compactMap { ReceivedMail(contentsOf: $0) }
            .filter { $0.header("To")?.contains(address) ?? false }
            .max { ($0.header("Date").flatMap(parseDate) ?? .distantPast) < ($1.header("Date").flatMap(parseDate) ?? .distantPast) }
    }

    /// The code printed after "Código de confirmación:", as the person copies it.
    static func code(in mail: ReceivedMail) -> String? {
        guard let range = mail.text.range(of: "Código de confirmación: ") else { return nil }
        return String(mail.text[range.upperBound...].prefix(9))
    }

    static func parseDate(_ text: String) -> Date? {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss Z"
        return formatter.date(from: text)
    }
}
