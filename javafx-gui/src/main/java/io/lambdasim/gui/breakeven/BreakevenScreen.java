package io.lambdasim.gui.breakeven;

import io.lambdasim.gui.AppPrefs;
import io.lambdasim.gui.Screen;
import javafx.scene.Node;

/** The first screen: the analytic break-even explorer. */
public final class BreakevenScreen implements Screen {
    private final BreakevenViewModel vm;
    private final BreakevenView view;

    public BreakevenScreen(AppPrefs prefs) {
        vm = new BreakevenViewModel();
        vm.remember(prefs);
        view = new BreakevenView(vm);
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
}
