package io.lambdasim.traces.read;

import io.airlift.compress.zstd.ZstdInputStream;
import io.lambdasim.traces.TraceException;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import org.tukaani.xz.XZInputStream;

/**
 * Opens a trace file as a stream of decompressed bytes. Compression is recognised by its magic
 * bytes, not the file name, so a renamed {@code .gz} still reads: gzip ({@code 1f 8b}), xz
 * ({@code fd 37 7a 58 5a 00}) and zstd ({@code 28 b5 2f fd}).
 */
public final class TraceInput {

    private TraceInput() {
    }

    /** The decompressed content of {@code file}; the caller closes it. */
    public static InputStream open(Path file) {
        try {
            InputStream raw = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
            return decompress(raw, file.toString());
        } catch (NoSuchFileException e) {
            throw new TraceException(file.toString(), 0, null, "no such file");
        } catch (IOException e) {
            throw java.nio.file.Files.isDirectory(file) ? new TraceException(file.toString(), 0, null, "is a folder, not a trace file")
                    : TraceException.cannotRead(file.toString(), 0, e);
        }
    }

    /** Wraps {@code raw} (which must support mark/reset) in the decompressor its magic bytes name. */
    public static InputStream decompress(InputStream raw, String name) throws IOException {
        raw.mark(8);
        byte[] magic = raw.readNBytes(6);
        raw.reset();
        if (magic.length >= 2 && (magic[0] & 0xff) == 0x1f && (magic[1] & 0xff) == 0x8b) {
            return new GZIPInputStream(raw, 1 << 16);
        }
        if (magic.length >= 6 && (magic[0] & 0xff) == 0xfd && magic[1] == '7' && magic[2] == 'z'
                && magic[3] == 'X' && magic[4] == 'Z' && magic[5] == 0) {
            return new XZInputStream(raw);
        }
        if (magic.length >= 4 && (magic[0] & 0xff) == 0x28 && (magic[1] & 0xff) == 0xb5
                && (magic[2] & 0xff) == 0x2f && (magic[3] & 0xff) == 0xfd) {
            return new ZstdInputStream(raw);
        }
        return raw;
    }

    /** The first {@code max} decompressed bytes of {@code file}, for format detection. */
    public static byte[] head(Path file, int max) {
        try (InputStream in = open(file)) {
            return in.readNBytes(max);
        } catch (IOException | RuntimeException e) {
            if (e instanceof TraceException) {
                throw (TraceException) e;
            }
            throw TraceException.cannotRead(file.toString(), 0, e);
        }
    }
}
