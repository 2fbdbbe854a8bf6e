package io.lambdasim.gui.replay;

import io.lambdasim.gui.AppPrefs;
import io.lambdasim.gui.LibraryRuns;
import io.lambdasim.gui.Screen;
import io.lambdasim.reports.batch.ScenarioExecutor;
import java.util.concurrent.Executor;
import javafx.scene.Node;

/** Trace replay: simulate a trace or a generated workload and compare it with EC2. */
public final class ReplayScreen implements Screen {
    private final ReplayViewModel vm;
    private final ReplayView view;

    public ReplayScreen(AppPrefs prefs, Executor ui) {
        this(prefs, ui, LibraryRuns.scenarioExecutor());
    }

    public ReplayScreen(AppPrefs prefs, Executor ui, ScenarioExecutor executor) {
        vm = new ReplayViewModel(executor, ui);
        vm.remember(prefs);
        view = new ReplayView(vm, f -> prefs.addRecentFile("recentTraces", f),
                () -> prefs.recentFiles("recentTraces"));
    }

    @Override
    public java.util.List<io.lambdasim.reports.batch.ScenarioRecord> analysis() {
        return vm.analysis();
    }

    public ReplayViewModel viewModel() {
        return vm;
    }

    @Override
    public String title() {
        return "Trace replay";
    }

    @Override
    public Node view() {
        return view;
    }

    @Override
    public void shutdown() {
        vm.shutdown();
    }
}
