package io.lambdasim.cli;

import java.lang.reflect.Method;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Unmatched;

/**
 * {@code lambdasim gui}: the desktop app lives in the javafx-gui module, which the shaded command-line
 * jar does not carry (JavaFX is platform-specific and large). When the app is on the class path (an
 * IDE, or a class path built from javafx-gui) this starts it; otherwise it says how to launch it.
 * The {@code ./lambdasim} script runs {@code javafx-gui/lambdasim-gui} itself before reaching here.
 */
@Command(name = "gui", mixinStandardHelpOptions = true,
        description = {"Open the desktop app: break-even explorer, trace replay, memory sizing, scenarios.",
            "Launch it with ./lambdasim gui (builds javafx-gui on first use) or mvn -pl javafx-gui -am javafx:run."})
final class GuiCommand implements Callable<Integer> {
    static final String LAUNCHER = "io.lambdasim.gui.Launcher";

    @Spec
    CommandSpec spec;

    @Unmatched
    List<String> javafxArgs;

    @Override
    public Integer call() throws Exception {
        Class<?> launcher;
        try {
            launcher = Class.forName(LAUNCHER);
        } catch (ClassNotFoundException | LinkageError notHere) {
            spec.commandLine().getOut().println(String.join(System.lineSeparator(),
                    "The desktop app is not part of this jar (JavaFX is built separately). Launch it with:",
                    "  ./lambdasim gui                                   (builds javafx-gui on first use, then runs it)",
                    "  mvn -B -q -DskipTests -pl javafx-gui -am package && java -jar javafx-gui/target/lambdasim-gui.jar",
                    "  mvn -pl javafx-gui -am javafx:run",
                    "It needs a desktop (a DISPLAY on Linux) and JDK 17+."));
            return 0;
        }
        Method main = launcher.getMethod("main", String[].class);
        main.invoke(null, (Object) (javafxArgs == null ? new String[0] : javafxArgs.toArray(String[]::new)));
        return 0;
    }
}
