package io.lambdasim.reports.io;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * One output file written the safe way: into a new temporary file beside the target (same folder,
 * so the final rename stays on one file system), flushed to disk, then renamed over the target in
 * one atomic step. Until {@link #commit()} the target is untouched; {@link #close()} without a
 * commit removes the temporary file and nothing else. A crash leaves either the old file or the
 * new one, never half of either.
 *
 * <p>Get one from {@link OutputTarget#open()}, which checks the target first.
 */
public final class AtomicFile implements AutoCloseable {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Path target;
    private final Path shown;
    private final Path temp;
    private final FileChannel channel;
    private final OutputStream stream;
    private boolean committed;
    private boolean closed;

    private AtomicFile(Path target, Path shown, Path temp, FileChannel channel) {
        this.target = target;
        this.shown = shown;
        this.temp = temp;
        this.channel = channel;
        this.stream = new BufferedOutputStream(new UnclosableChannelStream(channel), 1 << 16);
    }

    /**
     * A new temporary file beside {@code target} (a resolved path whose folder exists).
     * {@code shown} is the name the user gave, for messages.
     */
    static AtomicFile create(Path target, Path shown) {
        Path dir = target.getParent();
        String name = target.getFileName().toString();
        for (int attempt = 0; ; attempt++) {
            // Our own random name, created exclusively: never an existing file, never through a link.
            Path temp = dir.resolve("." + name + "." + HexFormat.of().toHexDigits(RANDOM.nextInt()) + ".tmp");
            try {
                FileChannel ch = FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                return new AtomicFile(target, shown, temp, ch);
            } catch (FileAlreadyExistsException e) {
                if (attempt > 8) {
                    throw new OutputFailed(shown, e);
                }
            } catch (IOException e) {
                throw new OutputFailed(shown, e);
            }
        }
    }

    /** The stream to write to; buffered. Closing it does not commit. */
    public OutputStream stream() {
        return stream;
    }

    /**
     * The temporary file's channel, for a writer that seeks (the binary trace cache writes its
     * header last, at position 0). Use either this or {@link #stream()}, not both.
     */
    public FileChannel channel() {
        return channel;
    }

    /** Where the file ends up (symbolic links followed). */
    public Path target() {
        return target;
    }

    /** The temporary file being written (for tests). */
    Path temp() {
        return temp;
    }

    /**
     * Flushes to disk and moves the file into place, replacing what was there. Keeps the
     * permissions of a replaced file.
     *
     * @throws OutputFailed when the data cannot be written or moved; the target is then untouched
     */
    public void commit() {
        if (closed) {
            throw new IllegalStateException("already closed");
        }
        try {
            stream.flush();
            channel.force(true);
            channel.close();
            keepPermissions();
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            committed = true;
            closed = true;
            syncFolder(target.getParent());
        } catch (IOException e) {
            close();
            throw new OutputFailed(shown, e);
        }
    }

    private void keepPermissions() {
        try {
            if (Files.isRegularFile(target)) {
                PosixFileAttributeView from = Files.getFileAttributeView(target, PosixFileAttributeView.class);
                PosixFileAttributeView to = Files.getFileAttributeView(temp, PosixFileAttributeView.class);
                if (from != null && to != null) {
                    to.setPermissions(from.readAttributes().permissions());
                }
            }
        } catch (IOException | UnsupportedOperationException ignored) {
            // permissions are a nicety; the data is what matters
        }
    }

    /** Makes the rename itself durable where the platform allows opening a folder (Linux, macOS). */
    private static void syncFolder(Path dir) {
        try (FileChannel d = FileChannel.open(dir, StandardOpenOption.READ)) {
            d.force(true);
        } catch (IOException | UncheckedIOException ignored) {
            // Windows cannot open a folder this way; the rename is still atomic there
        }
    }

    /** Discards the temporary file unless committed; never touches the target. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            channel.close();
        } catch (IOException ignored) {
            // nothing of the user's is at stake: it is our own temporary file
        }
        try {
            if (Files.exists(temp, LinkOption.NOFOLLOW_LINKS)) {
                Files.delete(temp);
            }
        } catch (IOException ignored) {
            // a stray temporary file is harmless (its name starts with '.' and ends with .tmp)
        }
    }

    public boolean committed() {
        return committed;
    }

    /** A channel stream whose close() leaves the channel to {@link AtomicFile}. */
    private static final class UnclosableChannelStream extends OutputStream {
        private final OutputStream out;

        UnclosableChannelStream(FileChannel ch) {
            this.out = Channels.newOutputStream(ch);
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() {
            // the AtomicFile closes the channel on commit or discard
        }
    }
}
