import Synchronization

/// Who opened the applications this process has already admitted calls for. An application's opener is
/// written once, when it is submitted, and never changes, and its id is random and never given again:
/// so a call on an application whose owner is known here is admitted without a visit to the store (a
/// waiting terminal asks about its application every second, and each call was two visits). An
/// application purged meanwhile is still «not found» by the call itself. Bounded: the oldest half is
/// forgotten when it fills.
final class KnownOwners: Sendable {
    static let capacity = 4_096

    private struct Entries {
        var owners: [String: ApplicationTable.Opener] = [:]
        var order: [String] = []
    }

    private let entries = Mutex(Entries())

    func owner(of applicationID: String) -> ApplicationTable.Opener? {
        entries.withLock { $0.owners[applicationID] }
    }

    func remember(_ owner: ApplicationTable.Opener, of applicationID: String) {
        entries.withLock { entries in
            guard entries.owners.updateValue(owner, forKey: applicationID) == nil else { return }
            entries.order.append(applicationID)
            if entries.order.count > Self.capacity {
                let forgotten = entries.order.prefix(Self.capacity / 2)
                for id in forgotten { entries.owners[id] = nil }
                entries.order.removeFirst(forgotten.count)
            }
        }
    }
}
