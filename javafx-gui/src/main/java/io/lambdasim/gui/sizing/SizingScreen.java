package io.lambdasim.gui.sizing;

import io.lambdasim.gui.AppPrefs;
import io.lambdasim.gui.Screen;
import java.util.concurrent.Executor;
import javafx.scene.Node;

/** Memory sizing: offline Power Tuning over a trace. */
public final class SizingScreen implements Screen {
    private final SizingViewModel vm;
    private final SizingView view;

    public SizingScreen(AppPrefs prefs, Executor ui) {
        vm = new SizingViewModel(ui);
        vm.remember(prefs);
        view = new SizingView(vm, f -> prefs.addRecentFile("recentTraces", f),
                () -> prefs.recentFiles("recentTraces"));
    }

    @Override
    public java.util.List<io.lambdasim.reports.batch.ScenarioRecord> analysis() {
        return vm.analysis();
    }

    public SizingViewModel viewModel() {
        return vm;
    }

    @Override
    public String title() {
        return "Memory sizing";
    }

    @Override
    public Node view() {
        return view;
    }

    @Override
    public void shutdown() {
        vm.runner().shutdown();
    }
}
