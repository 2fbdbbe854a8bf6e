package io.lambdasim.reports.io;

/**
 * A command declined to write where it was asked, before writing anything: the target is one of
 * its inputs, is not a regular file, exists without {@code --force}, or its folder is missing.
 * A user error (one line, exit code 2), so it is an {@link IllegalArgumentException}.
 */
public final class OutputRefused extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    public OutputRefused(String message) {
        super(message);
    }
}
