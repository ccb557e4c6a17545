import Foundation
import NSSCore
import Testing
@testable import Wizard
import WizardFixtures

@Suite struct TransitionTests {
    @Test func everyStepIsReachableThroughTheRealTransitions() {
        for step in Step.allCases {
            #expect(WizardState.at(step).step == step)
        }
    }

    @Test func focusStartsOnTheFirstInputOfEveryScreen() {
        for step in Step.allCases {
            let s = WizardState.at(step)
            #expect(s.focus == s.focusOrder.first)
        }
        #expect(WizardState().focus == .field(.curp))
    }

    @Test func nextIsRefusedUntilTheCURPIsValid() {
        var s = WizardState()
        s.type("HEGG560427MVZRRL05")
        #expect(s.reduce(.perform(.next)).isEmpty)
        #expect(s.step == .curp)
        #expect(s.status(of: .curp) == .invalid(CURPFailure.checkDigit(expected: 4, found: "5").message))
        _ = s.reduce(.edit(.deleteBackward))
        s.type("4")
        _ = s.reduce(.perform(.next))
        #expect(s.step == .email)
    }

    @Test func anEmptyCURPSaysWhatIsMissingOnlyAfterContinuar() {
        var s = WizardState()
        #expect(s.status(of: .curp) == .untouched)
        _ = s.reduce(.perform(.next))
        #expect(s.status(of: .curp) == .invalid("Escribe tu CURP: son 18 caracteres."))
    }

    /// While typing, only progress (the same hint at every key); what is wrong is said when the person
    /// leaves the field, and typing again makes it progress once more.
    @Test func aMistakeIsSaidWhenThePersonLeavesTheFieldNotWhileTyping() {
        var s = WizardState()
        s.type("hegg56")
        #expect(s.text(.curp) == "HEGG56")
        #expect(s.status(of: .curp) == .incomplete("La CURP tiene 18 letras y números."))
        s.type("x")
        #expect(s.status(of: .curp) == .incomplete("La CURP tiene 18 letras y números."))
        _ = s.reduce(.focusNext)
        if case .invalid(let message) = s.status(of: .curp) {
            #expect(message.contains("posición 7"))
        } else {
            Issue.record("a letter among the date digits must be reported when the person leaves the field")
        }
        _ = s.reduce(.focusPrevious)
        s.type("1")
        #expect(s.status(of: .curp) == .incomplete("La CURP tiene 18 letras y números."))
        _ = s.reduce(.perform(.next))
        #expect(s.step == .curp)
        if case .invalid = s.status(of: .curp) {} else { Issue.record("Continuar says what is wrong") }
    }

    /// Every step of a typed code shows the same words; a count that changed with each key («llevas 4»)
    /// is said only when the person presses Confirmar.
    @Test func theCodeFieldShowsProgressUntilConfirmar() {
        var s = WizardState.at(.waitingForLink)
        var messages: Set<String?> = []
        for character in "7KQ2M9" {
            s.type(String(character))
            messages.insert(s.status(of: .confirmationCode).message)
        }
        #expect(messages == ["El código tiene 8 caracteres."])
        _ = s.reduce(.perform(.confirmCode))
        #expect(s.status(of: .confirmationCode) == .invalid("El código del correo tiene 8 caracteres; llevas 6."))
        s.type("P")
        #expect(s.status(of: .confirmationCode) == .incomplete("El código tiene 8 caracteres."))
    }

    /// «Otra imagen» after «Cambiar correo» (which came back through a captcha already submitted) shows
    /// an empty field, not «Escribe los caracteres de la imagen» as if the person had forgotten it.
    @Test func aFieldTheWizardEmptiedSaysNothingIsMissing() {
        var s = WizardState.at(.waitingForLink)
        _ = s.reduce(.perform(.changeEmail))
        _ = s.reduce(.perform(.next))
        _ = s.reduce(.perform(.next))
        #expect(s.step == .captcha)
        s.answer(.captcha(Fixtures.captcha))
        _ = s.reduce(.perform(.refreshCaptcha))
        #expect(s.status(of: .captchaAnswer) == .untouched)
    }

    @Test func enterOnTheLastFieldPressesContinuar() {
        var s = WizardState()
        s.type(Fixtures.curp)
        _ = s.reduce(.activate)
        #expect(s.step == .email)
    }

    @Test func backKeepsEveryValueTyped() {
        var s = WizardState.at(.captcha)
        s.type("AB")
        _ = s.reduce(.perform(.back))
        _ = s.reduce(.perform(.back))
        _ = s.reduce(.perform(.back))
        #expect(s.step == .curp)
        #expect(s.text(.curp) == Fixtures.curp)
        #expect(s.text(.email) == Fixtures.email)
        #expect(s.text(.emailConfirmation) == Fixtures.email)
        #expect(s.text(.captchaAnswer) == "AB")
    }

    @Test func aMismatchedConfirmationIsSaidAtContinuar() {
        var s = WizardState.at(.emailConfirmation)
        s.type("gloria.h")
        #expect(s.status(of: .emailConfirmation) == .incomplete("Escribe el mismo correo otra vez."))
        s.type("x")
        #expect(s.status(of: .emailConfirmation) == .incomplete("Escribe el mismo correo otra vez."))
        #expect(s.reduce(.perform(.next)).isEmpty)
        #expect(s.step == .emailConfirmation)
        #expect(s.status(of: .emailConfirmation) == .invalid("Los correos no coinciden. Revisa lo que escribiste."))
    }

    /// A likely typo of the domain is asked about at Continuar (not while typing), on the one button that
    /// takes the correction; the same rule the line mode asks by.
    @Test func anEmailTypoIsAskedAtContinuarAndOneKeyApplies() {
        var s = WizardState.at(.email)
        s.type("ana@gmial.com")
        #expect(s.status(of: .email) == .valid(nil))
        #expect(!s.focusOrder.contains(.action(.useEmailSuggestion)))
        _ = s.reduce(.activate)
        #expect(s.step == .email)
        #expect(s.pendingEmailSuggestion == "ana@gmail.com")
        #expect(s.status(of: .email) == .valid("¿Quisiste decir ana@gmail.com?"))
        #expect(s.focus == .action(.useEmailSuggestion))
        _ = s.reduce(.activate)
        #expect(s.text(.email) == "ana@gmail.com")
        #expect(s.pendingEmailSuggestion == nil)
        _ = s.reduce(.activate)
        #expect(s.step == .emailConfirmation)
    }

    @Test func continuarAgainKeepsTheEmailAsTyped() {
        var s = WizardState.at(.email)
        s.type("ana@gmial.com")
        _ = s.reduce(.perform(.next))
        _ = s.reduce(.perform(.next))
        #expect(s.step == .emailConfirmation)
        #expect(s.text(.email) == "ana@gmial.com")
        _ = s.reduce(.perform(.back))
        s.type("x")
        _ = s.reduce(.perform(.next))
        #expect(s.step == .email, "a changed email is asked about again")
    }

    @Test func theCaptchaScreenAsksForAnImageOnce() {
        var s = WizardState.at(.emailConfirmation)
        s.type(Fixtures.email)
        #expect(s.reduce(.perform(.next)) == [.loadCaptcha(CaptchaRequest(.picture))])
        #expect(s.reduce(.perform(.refreshCaptcha)).isEmpty, "one request at a time")
    }

    @Test func continuarOnTheCaptchaSubmitsTheApplication() {
        var s = WizardState.at(.captcha)
        s.type("ABC")
        let effects = s.reduce(.activate)
        #expect(effects == [.submit(ApplicationRequest(curp: try! CURP(Fixtures.curp),
                                                       email: try! EmailAddress(Fixtures.email),
                                                       captchaID: Fixtures.captcha.id, captchaAnswer: "ABC"))])
        #expect(s.isBusy)
        #expect(s.reduce(.perform(.next)).isEmpty, "a second press while busy sends nothing")
    }

    @Test func aWrongCaptchaClearsTheAnswerAndFetchesAnotherImage() {
        var s = WizardState.at(.captcha)
        s.type("ABX")
        _ = s.reduce(.perform(.next))
        let effects = s.reduce(.failure(.submit, .captchaWrong, session: s.session))
        #expect(effects == [.loadCaptcha(CaptchaRequest(.picture))])
        #expect(s.text(.captchaAnswer) == "")
        #expect(s.notice == .error(BackendError.captchaWrong.message))
        #expect(s.text(.curp) == Fixtures.curp)
    }

    @Test func aCURPOutsideTheRegistryGoesBackToTheCURPScreen() {
        var s = WizardState.at(.captcha)
        s.type("ABC")
        _ = s.reduce(.perform(.next))
        _ = s.reduce(.failure(.submit, .curpNotInRegistry, session: s.session))
        #expect(s.step == .curp)
        #expect(s.focus == .field(.curp))
        #expect(s.text(.email) == Fixtures.email)
        // The notice says it is well written but not registered; the field does not also say «válida».
        #expect(s.notice == .error(BackendError.curpNotInRegistry.message))
        #expect(s.status(of: .curp) == .valid(nil))
        s.type("X")
        _ = s.reduce(.edit(.deleteBackward))
        #expect(s.status(of: .curp) == .valid(nil), "the same CURP retyped is still the one refused")
    }

    @Test func theConfirmationEmailMatchesWhateverTheLetterCase() {
        var s = WizardState.at(.emailConfirmation)
        s.type(Fixtures.email.uppercased())
        #expect(s.status(of: .emailConfirmation) == .valid("Los correos coinciden."))
    }

    @Test func theWaitingScreenPollsOncePerTickAndMovesOnWhenConfirmed() {
        var s = WizardState.at(.waitingForLink)
        #expect(s.reduce(.tick(Fixtures.now)) == [.pollConfirmation(Fixtures.ticket.id)])
        #expect(s.reduce(.tick(Fixtures.now)).isEmpty, "no second poll while one is in flight")
        s.answer(.status(.pending(expiresAt: Fixtures.now + 60)))
        #expect(s.reduce(.tick(Fixtures.now)) == [.pollConfirmation(Fixtures.ticket.id)])
        #expect(s.answer(.status(.confirmed)) == [.startProcedure(Fixtures.ticket.id)])
        s.answer(.started(Fixtures.person))
        #expect(s.step == .startProcedure)
        #expect(s.person == Fixtures.person)
    }

    @Test func theCodeFromTheEmailConfirmsWithOrWithoutItsDash() {
        var s = WizardState.at(.waitingForLink)
        s.type("abcd-efgh")
        #expect(s.reduce(.activate) == [.confirm(Fixtures.ticket.id, code: "ABCDEFGH")])
        _ = s.reduce(.failure(.confirm, .codeWrong(attemptsLeft: 2), session: s.session))
        #expect(s.notice == .error(BackendError.codeWrong(attemptsLeft: 2).message))
        #expect(s.text(.confirmationCode) == "ABCD-EFGH", "the code stays for correction")
        #expect(s.reduce(.activate) == [.confirm(Fixtures.ticket.id, code: "ABCDEFGH")])
        #expect(s.answer(.confirmed) == [.startProcedure(Fixtures.ticket.id)])
    }

    @Test func resendReplacesTheTicketAndSaysSo() {
        var s = WizardState.at(.waitingForLink)
        #expect(s.reduce(.perform(.resendEmail)) == [.resend(Fixtures.ticket.id)])
        let newer = ApplicationTicket(id: Fixtures.ticket.id, maskedEmail: "an***@gmail.com",
                                      expiresAt: Fixtures.now + 3600, carriesLink: false)
        s.answer(.resent(newer))
        #expect(s.ticket == newer)
        #expect(s.notice?.kind == .info)
    }

    @Test func changeEmailGoesBackKeepingTheAddressAndDropsTheApplication() {
        var s = WizardState.at(.waitingForLink)
        _ = s.reduce(.perform(.changeEmail))
        #expect(s.step == .email)
        #expect(s.ticket == nil)
        #expect(s.text(.email) == Fixtures.email)
        #expect(s.reduce(.tick(Fixtures.now)).isEmpty)
    }

    @Test func anExpiredConfirmationIsSaidAndStopsPolling() {
        var s = WizardState.at(.waitingForLink)
        _ = s.reduce(.tick(Fixtures.now))
        s.answer(.status(.expired))
        #expect(s.confirmationExpired)
        #expect(s.reduce(.tick(Fixtures.now)).isEmpty)
        _ = s.reduce(.perform(.resendEmail))
        s.answer(.resent(Fixtures.ticket))
        #expect(!s.confirmationExpired)
    }

    @Test func pasoDosAsksTheBackendToFinishAndShowsTheResult() {
        var s = WizardState.at(.finishProcedure)
        #expect(s.procedureKindExpected == .asignacion)
        #expect(s.reduce(.activate) == [.finishProcedure(Fixtures.ticket.id)])
        s.answer(.finished(Fixtures.result, emailSent: true))
        #expect(s.step == .result)
        // The documents screen makes no call of its own: the backend is told it was reached, for a resume.
        #expect(s.reduce(.activate) == [.recordProgress(Fixtures.ticket.id, .documents), .listDocuments(Fixtures.ticket.id)])
        s.answer(.documents(Fixtures.documents))
        #expect(s.step == .documents)
        #expect(s.documents.count == 2)
    }

    @Test func backAfterConfirmationDoesNotReopenTheEmailScreens() {
        var s = WizardState.at(.startProcedure)
        _ = s.reduce(.perform(.back))
        #expect(s.step == .startProcedure)
        #expect(s.notice?.kind == .info)
    }

    @Test func terminarWipesEverythingAndEndsTheSession() {
        var s = WizardState.at(.documents)
        #expect(s.reduce(.perform(.finish)) == [.recordProgress(Fixtures.ticket.id, .left), .endSession(.finished)])
        #expect(!s.holdsPersonalData)
        #expect(s.step == .curp)
        #expect(s.session == 1)
    }

    /// From screen 5 on, the application in the store is left too: a later `--resume` does not offer it.
    @Test func salirAndIdleWipeFromAnyScreen() {
        for step in Step.allCases {
            let left: [Effect] = step >= .waitingForLink ? [.recordProgress(Fixtures.ticket.id, .left)] : []
            var a = WizardState.at(step)
            #expect(a.reduce(.perform(.exit)) == left + [.endSession(.exit)])
            #expect(!a.holdsPersonalData)
            var b = WizardState.at(step)
            #expect(b.reduce(.idleTimeout) == left + [.endSession(.idle)])
            #expect(!b.holdsPersonalData)
        }
    }

    @Test func aReplyForAWipedSessionIsIgnored() {
        var s = WizardState.at(.waitingForLink)
        let old = s.session
        _ = s.reduce(.tick(Fixtures.now))
        _ = s.reduce(.perform(.exit))
        #expect(s.reduce(.reply(.started(Fixtures.person), session: old)).isEmpty)
        #expect(s.person == nil)
        #expect(!s.holdsPersonalData)
    }

    @Test func theWaitingScreenAllowsLongerIdleThanTheOthers() {
        #expect(WizardState.at(.waitingForLink).idleLimitSeconds == 600)
        #expect(WizardState.at(.email).idleLimitSeconds == 180)
    }

    @Test func controlCharactersPastedIntoAFieldAreNeverStored() {
        var s = WizardState.at(.email)
        _ = s.reduce(.edit(.insert("ana\u{1B}[31m@gm\u{07}ail.com\u{202E}")))
        #expect(s.text(.email) == "ana@gmail.com")
    }

    @Test func tabCyclesThroughFieldsAndButtons() {
        var s = WizardState()
        let order = s.focusOrder
        for expected in order.dropFirst() + [order[0]] {
            _ = s.reduce(.focusNext)
            #expect(s.focus == expected)
        }
        _ = s.reduce(.focusPrevious)
        #expect(s.focus == order.last)
    }

    @Test func theLookupFindsACURPAndFillsTheField() {
        var s = WizardState()
        _ = s.reduce(.perform(.openLookup))
        #expect(s.focus == .field(.lookupGivenNames))
        s.type("Gloria"); _ = s.reduce(.activate)
        s.type("Hernández"); _ = s.reduce(.activate)
        s.type("García"); _ = s.reduce(.activate)
        s.type("27/04/1956"); _ = s.reduce(.activate)
        s.type("m"); _ = s.reduce(.activate)
        s.type("Veracruz")
        let effects = s.reduce(.activate)
        guard case .lookupCURP(let query)? = effects.first else {
            Issue.record("expected a look-up, got \(effects)")
            return
        }
        #expect(query.birthState == .VZ && query.sex == .mujer && query.givenNames == "Gloria")
        s.answer(.lookup([CURPMatch(curp: try! CURP(Fixtures.curp), fullName: "GLORIA HERNÁNDEZ GARCÍA")]))
        #expect(s.focus == .action(.chooseMatch(0)))
        _ = s.reduce(.activate)
        #expect(s.lookup == nil)
        #expect(s.text(.curp) == Fixtures.curp)
        #expect(s.text(.lookupGivenNames) == "", "the look-up data is not kept")
    }

    @Test func anIncompleteLookupSaysWhatIsMissing() {
        var s = WizardState()
        _ = s.reduce(.perform(.openLookup))
        s.type("Gloria")
        #expect(s.reduce(.perform(.searchLookup)).isEmpty)
        #expect(s.focus == .field(.lookupBirthDate))
        #expect(s.status(of: .lookupBirthDate) == .invalid("Escribe tu fecha de nacimiento."))
        _ = s.reduce(.perform(.back))
        #expect(s.lookup == nil && s.focus == .field(.curp))
    }
}

@Suite struct RecoveryTests {
    @Test func aFailedPasoUnoIsRetriedOnTheNextTick() {
        var s = WizardState.at(.waitingForLink)
        _ = s.reduce(.tick(Fixtures.now))
        #expect(s.answer(.status(.confirmed)) == [.startProcedure(Fixtures.ticket.id)])
        _ = s.reduce(.failure(.start, .unreachable, session: s.session))
        #expect(s.notice == .error(BackendError.unreachable.message))
        #expect(s.reduce(.tick(Fixtures.now)) == [.startProcedure(Fixtures.ticket.id)])
        s.answer(.started(Fixtures.person))
        #expect(s.step == .startProcedure)
    }

    @Test func changingTheEmailAfterAConfirmationStartsAFreshApplication() {
        var s = WizardState.at(.waitingForLink)
        _ = s.reduce(.tick(Fixtures.now))
        _ = s.answer(.status(.confirmed))
        _ = s.reduce(.failure(.start, .internalError(reference: "x"), session: s.session))
        _ = s.reduce(.perform(.changeEmail))
        #expect(!s.isEmailConfirmed)
        #expect(s.step == .email)
    }

    @Test func aNoticeDoesNotFollowThePersonToTheNextScreen() {
        var s = WizardState()
        _ = s.reduce(.perform(.openLookup))
        _ = s.reduce(.perform(.closeLookup))
        s.type(Fixtures.curp)
        _ = s.reduce(.perform(.back))
        _ = s.reduce(.perform(.next))
        #expect(s.step == .email)
        #expect(s.notice == nil)
    }

    @Test func continuarBeforeTheImageArrivesAsksForItAndSaysSo() {
        var s = WizardState.at(.emailConfirmation)
        s.type(Fixtures.email)
        _ = s.reduce(.perform(.next))
        _ = s.reduce(.failure(.captcha, .unreachable, session: s.session))
        s.type("ABC")
        #expect(s.reduce(.perform(.next)) == [.loadCaptcha(CaptchaRequest(.picture))])
        #expect(s.notice?.kind == .info)
    }
}

@Suite struct DocumentDeliveryTests {
    @Test func theDocumentsCanBeSavedPrintedAndMailedOnceListed() {
        var s = WizardState.at(.documents)
        #expect(s.focus == .action(.saveDocuments))
        #expect(s.reduce(.activate) == [.saveDocuments(Fixtures.documents)])
        s.answer(.saved(["/media/usb/NSS-1-constancia.pdf", "/media/usb/NSS-1-tarjeta.pdf"]))
        #expect(s.notice == .info("Guardamos tus documentos: /media/usb/NSS-1-constancia.pdf y /media/usb/NSS-1-tarjeta.pdf."))
        #expect(s.reduce(.perform(.printDocuments)) == [.printDocuments(Fixtures.documents)])
        _ = s.reduce(.deliveryFailed(.print, DeliveryFailure("No hay una impresora configurada."), session: s.session))
        #expect(s.notice == .error("No hay una impresora configurada."))
        #expect(s.reduce(.perform(.emailDocuments)) == [.emailDocuments(Fixtures.ticket.id)])
        s.answer(.emailed(sent: true))
        #expect(s.notice == .info("Te enviamos una copia con los dos documentos a \(Fixtures.ticket.maskedEmail)."))
        _ = s.reduce(.perform(.emailDocuments))
        s.answer(.emailed(sent: false))
        #expect(s.notice == .info("Te enviaremos una copia con los dos documentos a \(Fixtures.ticket.maskedEmail) "
                                  + "en cuanto sea posible."))
    }

    /// While the documents load, «Guardar» has the focus (with «Terminar» first, the Enter that
    /// brought the person here, pressed again, ended the session unsaved); it saves nothing yet.
    @Test func guardarHasTheFocusWhileTheDocumentsLoadAndSavesNothingYet() {
        var s = WizardState.at(.result)
        _ = s.reduce(.perform(.next))
        #expect(s.step == .documents && s.documents.isEmpty)
        #expect(s.focus == .action(.saveDocuments))
        #expect(s.reduce(.perform(.saveDocuments)).isEmpty)
        #expect(s.reduce(.perform(.printDocuments)).isEmpty)
        #expect(s.notice == .info("Un momento: estamos preparando tus documentos."))
        #expect(s.step == .documents, "nothing ended")
    }
}

@Suite struct CaptchaLoadingTests {
    @Test func continuarWhileTheImageIsLoadingSaysToWait() {
        var s = WizardState.at(.emailConfirmation)
        s.type(Fixtures.email)
        #expect(s.reduce(.perform(.next)) == [.loadCaptcha(CaptchaRequest(.picture))])
        #expect(s.reduce(.activate).isEmpty)
        #expect(s.notice == .info("Espera a que aparezca la imagen; la estamos pidiendo."))
    }
}
