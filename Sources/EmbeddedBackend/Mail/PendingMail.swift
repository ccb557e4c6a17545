/// Mail jobs being delivered in the background after Paso 2 returned (rendering two PDFs takes longer
/// than the person should wait for "Tu NSS es:"). `drain()` waits for all of them: before a process
/// exits, and in tests that read the outbox. A job cut short stays pending in the store.
actor PendingMail {
    private var tasks: [Task<Void, Never>] = []

    func add(_ task: Task<Void, Never>) {
        tasks.append(task)
    }

    func drain() async {
        while !tasks.isEmpty {
            let current = tasks
            tasks.removeAll()
            for task in current { await task.value }
        }
    }
}
