/// Mail jobs being delivered in the background after Paso 2 returned (rendering two PDFs takes longer
/// than the person should wait for "Tu NSS es:"). `drain()` waits for all of them: before a process
/// exits, and in tests that read the outbox. A job cut short stays pending in the store.
///
/// A delivery leaves the list when it ends: the service lives as long as a kiosk, and a list of every
/// delivery it ever made would grow with every person served.
actor PendingMail {
    private var tasks: [UInt64: Task<Void, Never>] = [:]
    private var nextID: UInt64 = 0

    /// Runs `work` in the background, outside this actor, until it ends.
    func run(_ work: @escaping @Sendable () async -> Void) {
        let id = nextID
        nextID += 1
        tasks[id] = Task.detached {
            await work()
            await self.ended(id)
        }
    }

    private func ended(_ id: UInt64) {
        tasks[id] = nil
    }

    func drain() async {
        while let (id, task) = tasks.first {
            await task.value
            tasks[id] = nil
        }
    }
}
