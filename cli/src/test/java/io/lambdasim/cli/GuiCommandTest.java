package io.lambdasim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** Without JavaFX on the class path (the shaded cli jar), `lambdasim gui` says how to launch the app. */
class GuiCommandTest {
    @Test
    void explainsHowToLaunchWhenTheAppIsNotOnTheClassPath() {
        CommandLine cl = LambdaSim.newCommandLine();
        StringWriter out = new StringWriter();
        cl.setOut(new PrintWriter(out));
        assertThat(cl.execute("gui")).isZero();
        assertThat(out.toString()).contains("./lambdasim gui").contains("javafx-gui");
    }
}
