import EmbeddedBackend
import Foundation
import Testing
import TestSupport

/// The configuration: refusals explained in Spanish, and where data lives by default.
@Suite(.runsPrograms) struct ConfigurationTests {
    @Test func productionRefusesATestCaptchaAnswer() {
        let configuration = EmbeddedConfiguration(dataDirectory: TemporaryDirectory.make(), captchaTestAnswer: "Gb7hEr",
                                                  production: true)
        #expect(throws: EmbeddedConfigurationError.testAnswerInProduction) {
            try EmbeddedBackend(configuration: configuration, logger: Fixture.quietLogger)
        }
        #expect(EmbeddedConfigurationError.testAnswerInProduction.description
            .hasPrefix("Una configuración de producción no acepta una respuesta fija de captcha"))
    }

    @Test(arguments: ["ab1", "", "Gb7hErGb7", "olé"])
    func aTestAnswerTheFontCannotDrawIsRefused(_ answer: String) {
        let configuration = EmbeddedConfiguration(dataDirectory: TemporaryDirectory.make(), captchaTestAnswer: answer)
        #expect(throws: EmbeddedConfigurationError.testAnswerNotDrawable(answer)) { try configuration.validate() }
    }

    @Test func otherRefusals() {
        let directory = TemporaryDirectory.make()
        #expect(throws: EmbeddedConfigurationError.subdelegation(0)) {
            try EmbeddedConfiguration(dataDirectory: directory, subdelegation: 0).validate()
        }
        #expect(throws: EmbeddedConfigurationError.publicBaseURL("ftp://kiosco")) {
            try EmbeddedConfiguration(dataDirectory: directory, publicBaseURL: URL(string: "ftp://kiosco")).validate()
        }
        #expect(throws: EmbeddedConfigurationError.mailSender("nadie")) {
            try EmbeddedConfiguration(dataDirectory: directory, mailSender: "nadie").validate()
        }
        #expect(throws: EmbeddedConfigurationError.sendmailCommand("sendmail -t")) {
            try EmbeddedConfiguration(dataDirectory: directory, mailDelivery: .sendmail(command: ["sendmail", "-t"])).validate()
        }
    }

    @Test func defaultDataDirectoryFollowsXDG() {
        #expect(EmbeddedConfiguration.defaultDataDirectory(environment: ["XDG_DATA_HOME": "/datos", "HOME": "/home/ana"]).path
            == "/datos/nss-kiosk")
        #expect(EmbeddedConfiguration.defaultDataDirectory(environment: ["XDG_DATA_HOME": "relativo", "HOME": "/home/ana"]).path
            == "/home/ana/.local/share/nss-kiosk")
        #expect(EmbeddedConfiguration.defaultDataDirectory(environment: ["HOME": "/home/ana"]).path
            == "/home/ana/.local/share/nss-kiosk")
    }

    @Test func aNewDataDirectoryIsCreatedPrivate() throws {
        let data = TemporaryDirectory.make().appendingPathComponent("a/b/nss-kiosk")
        _ = try EmbeddedBackend(configuration: EmbeddedConfiguration(dataDirectory: data), logger: Fixture.quietLogger)
        #expect(try fileMode(data) == 0o700)
    }
}
