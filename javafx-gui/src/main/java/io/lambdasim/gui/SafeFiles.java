package io.lambdasim.gui;

import io.lambdasim.reports.io.OutputTarget;
import java.nio.file.Path;

/**
 * The app's exports, written through the one output path every command uses ({@link OutputTarget}):
 * into a temporary file beside the target, moved over it in one step, never onto a folder or device.
 * The save dialog has already asked before replacing a file, so replacing is allowed here.
 */
public final class SafeFiles {
    private SafeFiles() {
    }

    public static void write(Path target, byte[] content) {
        OutputTarget.check(target, null, OutputTarget.Replace.YES, true).write(out -> out.write(content));
    }
}
