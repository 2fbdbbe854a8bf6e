package io.lambdasim.reports.io;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * A file a command is about to write, checked before any work is done, so a refusal costs
 * nothing and changes nothing. The one way every command writes a file:
 * <ul>
 *   <li>it must not be any of the command's inputs, after following symbolic links (and hard links:
 *       same file on disk), even when it does not exist yet but its folder is an input's folder
 *       reached another way;</li>
 *   <li>it must be a regular file or not exist: a folder, device, pipe or socket is never replaced;</li>
 *   <li>an existing file is replaced only when the command documents that it does
 *       ({@link Replace#YES}) or the user said {@code --force};</li>
 *   <li>its folder must exist (one line saying which folder is missing, not "no such file").</li>
 * </ul>
 * Writing then goes through {@link AtomicFile}: a temporary file moved into place on success.
 */
public final class OutputTarget {

    /** Whether the command documents that it replaces an existing file at this path. */
    public enum Replace {
        /** Replacing is the documented behaviour (e.g. {@code trace convert -o}, a batch output folder). */
        YES,
        /** An existing file is kept unless {@code --force} is given. */
        WITH_FORCE
    }

    private final Path shown;
    private final Path resolved;

    private OutputTarget(Path shown, Path resolved) {
        this.shown = shown;
        this.resolved = resolved;
    }

    /**
     * Checks {@code target} for a command that reads {@code inputs} (null entries and missing
     * files are ignored).
     *
     * @param option how the user named this output, for messages ({@code -o}, {@code --timeline}); may be null
     * @throws OutputRefused naming the target and what to do instead
     */
    public static OutputTarget check(Path target, String option, Replace replace, boolean force, Collection<Path> inputs) {
        Objects.requireNonNull(target, "target");
        String name = (option == null ? "" : option + " ") + target;
        Path abs = target.toAbsolutePath().normalize();
        Path resolved;
        boolean exists = Files.exists(abs);
        if (Files.isSymbolicLink(abs) && !exists) {
            throw new OutputRefused(name + " is a symbolic link to a missing file: give the real file name");
        }
        if (exists) {
            if (Files.isDirectory(abs)) {
                throw new OutputRefused(name + " is a folder: give a file name");
            }
            if (!Files.isRegularFile(abs)) {
                throw new OutputRefused(name + " is not a regular file (a device, pipe or socket): "
                        + "lambdasim replaces only regular files; give another file name");
            }
            resolved = realPath(abs, name);
        } else {
            Path parent = abs.getParent();
            if (parent == null || !Files.exists(parent)) {
                throw new OutputRefused("cannot write " + name + ": folder " + (parent == null ? abs : parent)
                        + " does not exist (create it first)");
            }
            if (!Files.isDirectory(parent)) {
                throw new OutputRefused("cannot write " + name + ": " + parent + " is not a folder");
            }
            resolved = realPath(parent, name).resolve(abs.getFileName());
        }
        for (Path input : inputs) {
            if (input != null && sameFile(input, resolved, exists)) {
                throw new OutputRefused(name + " is the input " + input
                        + (abs.equals(input.toAbsolutePath().normalize()) ? "" : " (after following links)")
                        + ": write to another file");
            }
        }
        if (exists && replace == Replace.WITH_FORCE && !force) {
            throw new OutputRefused(name + " already exists: add --force to replace it, or give another file name");
        }
        Path folder = resolved.getParent();
        if (!Files.isWritable(folder)) {
            throw new OutputRefused("cannot write " + name + ": folder " + folder + " is not writable");
        }
        return new OutputTarget(target, resolved);
    }

    /** As {@link #check(Path, String, Replace, boolean, Collection)} for a command with no file inputs. */
    public static OutputTarget check(Path target, String option, Replace replace, boolean force) {
        return check(target, option, replace, force, List.of());
    }

    private static Path realPath(Path p, String name) {
        try {
            return p.toRealPath();
        } catch (IOException e) {
            throw new OutputRefused("cannot write " + name + ": " + OutputFailed.reason(e));
        }
    }

    private static boolean sameFile(Path input, Path resolvedTarget, boolean targetExists) {
        Path in = input.toAbsolutePath().normalize();
        if (!Files.exists(in)) {
            return false;
        }
        try {
            if (in.toRealPath().equals(resolvedTarget)) {
                return true;
            }
            // Hard links: two names, one file.
            return targetExists && Files.isRegularFile(in) && Files.isSameFile(in, resolvedTarget);
        } catch (IOException e) {
            return false;
        }
    }

    /** The path as the user gave it. */
    public Path path() {
        return shown;
    }

    /** Where the file is written: symbolic links followed, so a link keeps pointing at the new file. */
    public Path resolved() {
        return resolved;
    }

    /** Starts writing: a temporary file beside the target; commit it to move it into place. */
    public AtomicFile open() {
        return AtomicFile.create(resolved, shown);
    }

    /** Writes the whole file with {@code body} and moves it into place; on failure nothing changes. */
    public void write(IoBody<OutputStream> body) {
        try (AtomicFile f = open()) {
            try {
                body.write(f.stream());
            } catch (IOException e) {
                throw new OutputFailed(shown, e);
            }
            f.commit();
        }
    }

    /** {@link #write} through a UTF-8 writer. */
    public void writeText(IoBody<Writer> body) {
        write(out -> {
            Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            body.write(w);
            w.flush();
        });
    }

    /** Every input of a command, for {@link #check}: the non-null ones. */
    public static List<Path> inputs(Path... paths) {
        List<Path> out = new ArrayList<>();
        for (Path p : paths) {
            if (p != null) {
                out.add(p);
            }
        }
        return out;
    }

    /** Whether {@code p} names an existing file system object without following a final link. */
    static boolean existsNoFollow(Path p) {
        return Files.exists(p, LinkOption.NOFOLLOW_LINKS);
    }
}
