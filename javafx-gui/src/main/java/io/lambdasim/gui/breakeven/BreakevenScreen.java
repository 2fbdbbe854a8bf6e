package io.lambdasim.gui.breakeven;

import io.lambdasim.gui.AppPrefs;
import io.lambdasim.gui.Screen;
import io.lambdasim.reports.batch.ScenarioRecord;
import java.util.List;
import javafx.scene.Node;

/** The first screen: the analytic break-even explorer. */
public final class BreakevenScreen implements Screen {
    private final BreakevenViewModel vm;
    private final BreakevenView view;

    public BreakevenScreen(AppPrefs prefs) {
        this(prefs, "");
    }

    /** @param hint the first start's one-line hint over the chart, or "" */
    public BreakevenScreen(AppPrefs prefs, String hint) {
        vm = new BreakevenViewModel();
        vm.remember(prefs);
        view = new BreakevenView(vm, hint);
    }

    public BreakevenViewModel viewModel() {
        return vm;
    }

    @Override
    public String title() {
        return "Break-even";
    }

    @Override
    public Node view() {
        return view;
    }

    @Override
    public List<ScenarioRecord> analysis() {
        return vm.analysis();
    }
}
