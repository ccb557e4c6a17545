import Foundation
import Logging

/// Logging for the staff tools: standard error, warnings and above unless NSS_KIOSK_LOG says otherwise.
/// Nothing personal (CURP, email, name, NSS, codes) is ever logged anywhere in nss-kiosk.
enum Logs {
    static func bootstrap() {
        let level = ProcessInfo.processInfo.environment["NSS_KIOSK_LOG"].flatMap(Logger.Level.init(rawValue:))
            ?? .warning
        LoggingSystem.bootstrap { label in
            var handler = StreamLogHandler.standardError(label: label)
            handler.logLevel = level
            return handler
        }
    }
}
