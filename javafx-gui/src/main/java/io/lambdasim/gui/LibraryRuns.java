package io.lambdasim.gui;

import io.lambdasim.reports.batch.ScenarioExecutor;
import io.lambdasim.reports.batch.SimulatingExecutor;

/**
 * Where the screens get the library's scenario runner: the one {@code lambdasim batch} uses, so the
 * app and the command line give the same figures for the same settings.
 */
public final class LibraryRuns {
    private LibraryRuns() {
    }

    public static ScenarioExecutor scenarioExecutor() {
        return new SimulatingExecutor();
    }
}
