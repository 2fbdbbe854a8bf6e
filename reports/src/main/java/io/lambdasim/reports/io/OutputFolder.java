package io.lambdasim.reports.io;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * An output folder a command owns part of ({@code lambdasim batch -o out/}, {@code report},
 * {@code demo}). Every file goes through {@link OutputTarget} (so never onto an input, never over a
 * folder or device) and is written atomically; replacing the folder's earlier output is the
 * documented behaviour.
 *
 * <p>The folder keeps a manifest, {@value #MANIFEST}: the files lambdasim wrote there, relative
 * to the folder. A run deletes only files the manifest lists (an earlier run's results that it did
 * not write again, so stale report pages or tables never sit beside new results) and never a
 * file someone else put in the folder. Each written file is appended to the manifest as soon as
 * it is in place, so after a crash the next run still knows what was lambdasim's.
 */
public final class OutputFolder {

    public static final String MANIFEST = ".lambdasim-manifest";
    private static final String HEADER = "# files lambdasim wrote in this folder; it deletes only files listed here";

    private final Path dir;
    private final List<Path> inputs;
    private final Set<String> previous;
    private final boolean hadManifest;
    private final Set<String> written = new LinkedHashSet<>();

    private OutputFolder(Path dir, List<Path> inputs, Set<String> previous, boolean hadManifest) {
        this.dir = dir;
        this.inputs = inputs;
        this.previous = previous;
        this.hadManifest = hadManifest;
    }

    /**
     * Opens (creating it and its parents when missing) the output folder {@code dir} of a command
     * that reads {@code inputs}.
     *
     * @throws OutputRefused when {@code dir} exists and is not a folder
     */
    public static OutputFolder open(Path dir, Collection<Path> inputs) {
        Path abs = dir.toAbsolutePath().normalize();
        if (Files.exists(abs) && !Files.isDirectory(abs)) {
            throw new OutputRefused(dir + " is a file, not a folder: give an output folder");
        }
        try {
            Files.createDirectories(abs);
        } catch (IOException e) {
            throw new OutputRefused("cannot create the output folder " + dir + ": " + OutputFailed.reason(e));
        }
        Path manifest = abs.resolve(MANIFEST);
        Set<String> previous = new LinkedHashSet<>();
        boolean had = Files.isRegularFile(manifest, LinkOption.NOFOLLOW_LINKS);
        if (had) {
            try {
                for (String line : Files.readAllLines(manifest, StandardCharsets.UTF_8)) {
                    String rel = line.trim();
                    if (!rel.isEmpty() && !rel.startsWith("#") && inside(abs, rel)) {
                        previous.add(rel);
                    }
                }
            } catch (IOException e) {
                throw new OutputRefused("cannot read " + manifest + ": " + OutputFailed.reason(e));
            }
        }
        return new OutputFolder(abs, List.copyOf(inputs), previous, had);
    }

    /** A relative name stays inside the folder: no absolute paths, no "..". */
    private static boolean inside(Path dir, String rel) {
        Path p = dir.resolve(rel).normalize();
        return p.startsWith(dir) && !p.equals(dir);
    }

    public Path dir() {
        return dir;
    }

    public Path resolve(String relative) {
        return dir.resolve(relative);
    }

    /** Whether an earlier run left a manifest (folders written by older versions have none). */
    public boolean hasManifest() {
        return hadManifest;
    }

    /** The files the earlier runs recorded, relative to the folder, in the order written. */
    public Set<String> previous() {
        return Set.copyOf(previous);
    }

    /** The earlier files under {@code prefix} (e.g. {@code scenarios/}), in manifest order. */
    public List<String> previous(String prefix) {
        List<String> out = new ArrayList<>();
        for (String p : previous) {
            if (p.startsWith(prefix)) {
                out.add(p);
            }
        }
        return out;
    }

    /** Checks where {@code relative} would be written (creating its sub-folder), replacing allowed. */
    public OutputTarget target(String relative) {
        if (!inside(dir, relative)) {
            throw new IllegalArgumentException(relative + ": not inside " + dir);
        }
        Path file = dir.resolve(relative);
        try {
            Files.createDirectories(file.getParent());
        } catch (IOException e) {
            throw new OutputRefused("cannot create the folder " + file.getParent() + ": " + OutputFailed.reason(e));
        }
        return OutputTarget.check(file, null, OutputTarget.Replace.YES, true, inputs);
    }

    /** Writes {@code relative} atomically and records it. */
    public Path write(String relative, IoBody<OutputStream> body) {
        OutputTarget t = target(relative);
        t.write(body);
        record(relative);
        return t.path();
    }

    /** {@link #write} through a UTF-8 writer. */
    public Path writeText(String relative, IoBody<Writer> body) {
        OutputTarget t = target(relative);
        t.writeText(body);
        record(relative);
        return t.path();
    }

    /**
     * Starts a file written over time (results.csv as scenarios finish); call {@link #commit} on
     * success. Nothing replaces the earlier file until then.
     */
    public AtomicFile begin(String relative) {
        return target(relative).open();
    }

    /** Moves a file begun with {@link #begin} into place and records it. */
    public void commit(String relative, AtomicFile file) {
        file.commit();
        record(relative);
    }

    /** Notes that this run wrote {@code relative}; appended to the manifest at once (crash-safe). */
    public synchronized void record(String relative) {
        if (written.add(relative) && !previous.contains(relative)) {
            try {
                Path manifest = dir.resolve(MANIFEST);
                boolean fresh = !Files.exists(manifest, LinkOption.NOFOLLOW_LINKS);
                String line = (fresh ? HEADER + "\n" : "") + relative + "\n";
                Files.writeString(manifest, line, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                        StandardOpenOption.APPEND, LinkOption.NOFOLLOW_LINKS);
            } catch (IOException e) {
                throw new OutputFailed(dir.resolve(MANIFEST), e);
            }
        }
    }

    /** Whether this run wrote {@code relative}. */
    public synchronized boolean wrote(String relative) {
        return written.contains(relative);
    }

    /**
     * Ends the run: deletes each earlier file that {@code owned} accepts and this run did not
     * write again (only regular files, never through a link), then rewrites the manifest as what
     * is left of the earlier files plus this run's. Call only after the run succeeded.
     *
     * @return the files deleted, relative to the folder
     */
    public synchronized List<String> finish(Predicate<String> owned) {
        List<String> deleted = new ArrayList<>();
        Set<String> kept = new LinkedHashSet<>();
        for (String rel : previous) {
            if (written.contains(rel)) {
                continue;
            }
            if (!owned.test(rel)) {
                kept.add(rel);
                continue;
            }
            Path p = dir.resolve(rel);
            try {
                if (Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
                    Files.delete(p);
                    deleted.add(rel);
                }
            } catch (IOException e) {
                kept.add(rel); // still ours: try again next time
            }
        }
        kept.addAll(written);
        OutputTarget t = OutputTarget.check(dir.resolve(MANIFEST), null, OutputTarget.Replace.YES, true, inputs);
        t.writeText(w -> {
            w.write(HEADER + "\n");
            for (String rel : kept) {
                w.write(rel + "\n");
            }
        });
        previous.clear();
        previous.addAll(kept);
        written.clear();
        return deleted;
    }
}
