import CQRencode
import Foundation

/// The modules of a QR code made by libqrencode, row by row, `true` for dark.
package struct QRMatrix: Sendable, Equatable {
    /// Modules per side (without the quiet zone).
    package let width: Int
    package let modules: [Bool]

    /// Encodes `text` as 8-bit data at error-correction level M. The payload must be ASCII:
    /// readers guess the character set of 8-bit QR data and get non-ASCII bytes wrong.
    init(ascii text: String) throws(DocumentError) {
        guard text.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) else { throw .qrPayloadNotASCII }
        guard let code = QRcode_encodeString8bit(text, 0, QR_ECLEVEL_M) else { throw .qrEncodingFailed }
        defer { QRcode_free(code) }
        width = Int(code.pointee.width)
        modules = UnsafeBufferPointer(start: code.pointee.data, count: width * width).map { $0 & 1 == 1 }
    }

    /// Encodes a link for a phone's camera, at error-correction level L (a screen is not smudged as paper
    /// is) and in the smallest mix of modes: an upper-case token goes in alphanumeric mode, so the code of
    /// a usual office address fits the body of an 80×24 terminal.
    package init(link: String) throws(DocumentError) {
        guard link.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) else { throw .qrPayloadNotASCII }
        guard let code = QRcode_encodeString(link, 0, QR_ECLEVEL_L, QR_MODE_8, 1) else { throw .qrEncodingFailed }
        defer { QRcode_free(code) }
        width = Int(code.pointee.width)
        modules = UnsafeBufferPointer(start: code.pointee.data, count: width * width).map { $0 & 1 == 1 }
    }

    package func isDark(x: Int, y: Int) -> Bool { modules[y * width + x] }

    /// The dark modules of each row as horizontal runs `(x, length)`, so that a painter draws
    /// one rectangle per run.
    package func darkRuns(row y: Int) -> [(x: Int, length: Int)] {
        var runs: [(x: Int, length: Int)] = []
        var x = 0
        while x < width {
            guard isDark(x: x, y: y) else { x += 1; continue }
            let start = x
            while x < width && isDark(x: x, y: y) { x += 1 }
            runs.append((start, x - start))
        }
        return runs
    }
}
