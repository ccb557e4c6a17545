import BackendService
import EmbeddedBackend
import Foundation
import NSSCore
import Testing
import TestSupport

#if canImport(Glibc)
import Glibc
#endif

/// Every email is a durable job: done only once the message is whole in the outbox, retried by any
/// running backend, delivered once.
@Suite(.runsPrograms) struct MailJobTests {
    @Test func aResultEmailThatCannotBeWrittenStaysPendingUntilALaterBackendDeliversIt() async throws {
        let fixture = try Fixture()
        let id = try await fixture.started(try fixture.person(withNSS: false).curp)
        try fixture.outboxWritable(false)
        _ = try await fixture.backend.finishProcedure(id)
        await fixture.backend.deliverPendingMail()
        #expect(try await fixture.backend.resultEmailSent(id) == false)
        #expect(try fixture.mail(id, .result).isEmpty)
        let pending = try await fixture.backend.pendingMailJobs()
        #expect(pending.map(\.kind) == ["resultado"])
        #expect(pending.first?.attempts == 1)
        #expect(pending.first?.maskedRecipient == fixture.email.masked)
        #expect(pending.first?.lastError?.contains("no es una carpeta") == true)

        try fixture.outboxWritable(true)
        fixture.clock.advance(by: 60)
        let later = try fixture.another()
        #expect(await later.deliverDueMail() == 1)
        #expect(try fixture.mail(id, .result).count == 1)
        #expect(try await later.resultEmailSent(id))
        #expect(try await later.pendingMailJobs().isEmpty)
        #expect(await later.deliverDueMail() == 0)
    }

    @Test func aConfirmationEmailThatCannotBeWrittenIsSaidToBeOnItsWay() async throws {
        let fixture = try Fixture()
        let curp = try fixture.person(withNSS: true).curp
        #expect(try await fixture.submit(curp).emailDelivered)
        try fixture.outboxWritable(false)
        let queued = try await fixture.submit(curp)
        #expect(!queued.emailDelivered)
        #expect(try await !fixture.backend.resendConfirmation(queued.id).emailDelivered)
        try fixture.outboxWritable(true)
        #expect(try await fixture.backend.resendConfirmation(queued.id).emailDelivered)
    }

    @Test func aFullDiskLeavesNoPartialMessageAndTheJobPending() async throws {
        let fixture = try Fixture()
        let id = try await fixture.started(try fixture.person(withNSS: false).curp)
        let fullDisk = try fixture.another(outbox: MaildirOutbox(
            directory: fixture.backend.configuration.outboxDirectory,
            writer: { message, file in
                // Half the message reaches the disk, then it is full.
                _ = FileManager.default.createFile(atPath: file.path, contents: message.prefix(message.count / 2))
                throw POSIXError(.ENOSPC)
            }))
        _ = try await fullDisk.finishProcedure(id)
        await fullDisk.deliverPendingMail()
        #expect(try fixture.outboxTemporaryFiles().isEmpty)
        #expect(try fixture.mail(id, .result).isEmpty)
        #expect(try await fullDisk.resultEmailSent(id) == false)
        #expect(try await fixture.backend.pendingMailJobs().first?.lastError == "no se pudo escribir en el buzón (errno 28, disco lleno)")

        fixture.clock.advance(by: 60)
        #expect(await fixture.backend.deliverDueMail() == 1)
        #expect(try fixture.mail(id, .result).count == 1)
    }

    @Test func twoBackendsOnOneDataDirectoryDeliverEachJobOnce() async throws {
        let fixture = try Fixture()
        var ids: [ApplicationID] = []
        for person in try fixture.backend.listRegistry(limit: 6) {
            ids.append(try await fixture.started(person.curp))
        }
        try fixture.outboxWritable(false)
        for id in ids { _ = try await fixture.backend.finishProcedure(id) }
        await fixture.backend.deliverPendingMail()
        #expect(try await fixture.backend.pendingMailJobs().count == ids.count)
        try fixture.outboxWritable(true)
        fixture.clock.advance(by: 60)
        let (one, two) = (try fixture.another(), try fixture.another())
        async let first = one.deliverDueMail()
        async let second = two.deliverDueMail()
        let delivered = await (first, second)
        #expect(delivered.0 + delivered.1 == ids.count)
        for id in ids { #expect(try fixture.mail(id, .result).count == 1) }
        #expect(try await fixture.backend.pendingMailJobs().isEmpty)
    }

    @Test func aNewConfirmationEmailReplacesOneStillPending() async throws {
        let fixture = try Fixture()
        let curp = try fixture.person(withNSS: false).curp
        try fixture.outboxWritable(false)
        let ticket = try await fixture.submit(curp)
        _ = try await fixture.backend.resendConfirmation(ticket.id)
        #expect(try await fixture.backend.pendingMailJobs().map(\.kind) == ["confirmacion"])
        try fixture.outboxWritable(true)
        fixture.clock.advance(by: 60)
        #expect(await fixture.backend.deliverDueMail() == 1)
        let mails = try fixture.mail(ticket.id, .confirmation)
        #expect(mails.count == 1)
        try await fixture.backend.confirm(ticket.id, code: try fixture.code(ticket.id))
    }

    @Test func aCopyThatCannotBeWrittenIsSaidToComeLaterAndComes() async throws {
        let fixture = try Fixture()
        let id = try await fixture.started(try fixture.person(withNSS: true).curp)
        _ = try await fixture.backend.finishProcedure(id)
        await fixture.backend.deliverPendingMail()
        #expect(try await fixture.backend.emailDocuments(id))
        try fixture.outboxWritable(false)
        #expect(try await fixture.backend.emailDocuments(id) == false)
        #expect(try await fixture.backend.pendingMailJobs().map(\.kind) == ["copia"])
        try fixture.outboxWritable(true)
        fixture.clock.advance(by: 60)
        #expect(await fixture.backend.deliverDueMail() == 1)
        #expect(try fixture.mail(id, .result).count == 3)
    }

    @Test func retriesWaitLongerEachTimeUpToTenMinutes() async throws {
        let fixture = try Fixture()
        let id = try await fixture.started(try fixture.person(withNSS: false).curp)
        try fixture.outboxWritable(false)
        _ = try await fixture.backend.finishProcedure(id)
        await fixture.backend.deliverPendingMail()
        var waits: [TimeInterval] = []
        for _ in 0..<9 {
            let job = try #require(try await fixture.backend.pendingMailJobs().first)
            waits.append(job.nextAttemptAt.timeIntervalSince(fixture.clock.now).rounded())
            fixture.clock.advance(by: waits.last!)
            #expect(await fixture.backend.deliverDueMail() == 0)
        }
        #expect(waits == [5, 10, 20, 40, 80, 160, 320, 600, 600])
    }

    /// The backend is killed right after Paso 2 answered; the next backend delivers the result email,
    /// exactly once. `NSS_MAIL_KILL_TRIALS` sets how many times (3 by default).
    @Test func aResultEmailOfAKilledBackendArrivesOnceFromTheNextOne() async throws {
        let trials = Int(ProcessInfo.processInfo.environment["NSS_MAIL_KILL_TRIALS"] ?? "") ?? 3
        let fixture = try Fixture()
        let client = ServiceClient(launch: .besideThisProgram(arguments: [
            "--data", fixture.backend.configuration.dataDirectory.path, "--captcha-test-answer", Fixture.captchaAnswer,
        ]))
        try await client.start()
        let people = try fixture.backend.listRegistry(limit: trials)
        var exactlyOnce = 0
        var waits: [Duration] = []
        var counter = ResultMailCounter(maildir: try #require(fixture.backend.maildir))
        let clock = ContinuousClock()
        for (trial, person) in people.enumerated() {
            let challenge = try await untilReachable { try await RemoteBackend(client).newCaptcha() }
            let ticket = try await RemoteBackend(client).submit(ApplicationRequest(
                curp: person.curp, email: fixture.email, captchaID: challenge.id, captchaAnswer: Fixture.captchaAnswer))
            try await RemoteBackend(client).confirm(ticket.id, code: try fixture.code(ticket.id))
            _ = try await RemoteBackend(client).startProcedure(ticket.id)
            _ = try await RemoteBackend(client).finishProcedure(ticket.id)
            try await Task.sleep(for: .milliseconds(trial * 37 % 100))
            kill(try #require(client.processID), SIGKILL)
            let killedAt = clock.now
            // The next call starts a new backend, which delivers what the killed one left.
            var count = 0
            for _ in 0..<200 where count == 0 {
                _ = try await untilReachable { try await RemoteBackend(client).confirmationStatus(ticket.id) }
                count = try counter.count(ticket.id)
                if count == 0 { try await Task.sleep(for: .milliseconds(100)) }
            }
            waits.append(killedAt.duration(to: clock.now))
            try await Task.sleep(for: .milliseconds(300))
            count = try counter.count(ticket.id)
            #expect(count == 1, "trial \(trial)")
            if count == 1 { exactlyOnce += 1 }
        }
        print("kill after Paso 2: \(exactlyOnce) of \(people.count) result emails delivered exactly once; "
              + "from the kill to the email: \(waits.map { $0.formatted(.units(allowed: [.milliseconds])) })")
        #expect(exactlyOnce == people.count)
        #expect(try await fixture.backend.pendingMailJobs().isEmpty)
        await client.stop()
    }

    private func untilReachable<T>(_ call: () async throws -> T) async throws -> T {
        for _ in 0..<50 {
            do {
                return try await call()
            } catch BackendError.unreachable {
                try await Task.sleep(for: .milliseconds(100))
            }
        }
        return try await call()
    }
}

/// Counts result emails per application, reading each new file's header once: the kill trials read
/// the outbox often while it fills with messages of two PDFs each.
private struct ResultMailCounter {
    let maildir: MaildirOutbox
    private var seen: Set<String> = []
    private var results: [String: Int] = [:]

    init(maildir: MaildirOutbox) {
        self.maildir = maildir
    }

    mutating func count(_ id: ApplicationID) throws -> Int {
        for file in try maildir.messageFiles() where !seen.contains(file.lastPathComponent) {
            seen.insert(file.lastPathComponent)
            let data = try Data(contentsOf: file)
            let end = data.range(of: Data("\n\n".utf8))?.lowerBound ?? data.endIndex
            let header = String(decoding: data[..<end], as: UTF8.self)
            guard header.contains("\n\(MailKind.kindHeader): \(MailKind.result.rawValue)\n"),
                  let line = header.split(separator: "\n").first(where: { $0.hasPrefix("\(MailKind.applicationHeader): ") })
            else { continue }
            results[String(line.dropFirst(MailKind.applicationHeader.count + 2)), default: 0] += 1
        }
        return results[id.rawValue] ?? 0
    }
}
