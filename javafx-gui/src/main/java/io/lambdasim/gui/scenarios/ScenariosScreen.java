package io.lambdasim.gui.scenarios;

import io.lambdasim.gui.AppPrefs;
import io.lambdasim.gui.LibraryRuns;
import io.lambdasim.gui.Screen;
import io.lambdasim.reports.batch.ScenarioExecutor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Executor;
import javafx.scene.Node;

/** Scenarios: batch what-ifs from a CSV. Reopens the last scenario file. */
public final class ScenariosScreen implements Screen {
    private final ScenariosViewModel vm;
    private final ScenariosView view;

    public ScenariosScreen(AppPrefs prefs, Executor ui) {
        this(prefs, ui, LibraryRuns.scenarioExecutor());
    }

    public ScenariosScreen(AppPrefs prefs, Executor ui, ScenarioExecutor executor) {
        vm = new ScenariosViewModel(executor, ui);
        vm.remember(prefs);
        String last = vm.fileProperty().get();
        if (last != null && !last.isBlank() && Files.isRegularFile(Path.of(last))) {
            vm.open(Path.of(last));
        }
        view = new ScenariosView(vm, f -> prefs.addRecentFile("recentScenarios", f));
    }

    public ScenariosViewModel viewModel() {
        return vm;
    }

    @Override
    public String title() {
        return "Scenarios";
    }

    @Override
    public Node view() {
        return view;
    }

    @Override
    public java.util.List<io.lambdasim.reports.batch.ScenarioRecord> analysis() {
        return vm.analysis();
    }

    @Override
    public void shutdown() {
        vm.runner().shutdown();
    }
}
