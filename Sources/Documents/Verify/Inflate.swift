import CZlib

/// zlib decompression of FlateDecode streams.
enum Inflate {
    /// The inflated bytes; more than `limit` bytes of output is treated as an error, so that a
    /// crafted file cannot exhaust memory.
    static let defaultLimit = 64 << 20

    static func decompress(_ input: [UInt8], limit: Int = defaultLimit) throws(PDFReadError) -> [UInt8] {
        var stream = z_stream()
        guard cz_inflate_init(&stream) == Z_OK else { throw PDFReadError("zlib no pudo iniciar") }
        defer { inflateEnd(&stream) }
        var output: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 65_536)
        var status: Int32 = Z_OK
        input.withUnsafeBufferPointer { source in
            stream.next_in = UnsafeMutablePointer(mutating: source.baseAddress)
            stream.avail_in = UInt32(source.count)
            repeat {
                chunk.withUnsafeMutableBufferPointer { buffer in
                    stream.next_out = buffer.baseAddress
                    stream.avail_out = UInt32(buffer.count)
                    status = inflate(&stream, Z_NO_FLUSH)
                }
                let produced = chunk.count - Int(stream.avail_out)
                output.append(contentsOf: chunk[0..<produced])
            } while status == Z_OK && output.count <= limit && (stream.avail_in > 0 || stream.avail_out == 0)
        }
        guard output.count <= limit else { throw PDFReadError("un flujo comprimido demasiado grande") }
        guard status == Z_STREAM_END || status == Z_OK else { throw PDFReadError("un flujo comprimido dañado") }
        return output
    }
}
