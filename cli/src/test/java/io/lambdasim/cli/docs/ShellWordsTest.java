package io.lambdasim.cli.docs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The documented commands are split into words as bash would split them (checked by hand against bash 5). */
class ShellWordsTest {

    @Test
    void singleQuotesKeepSemicolonsSpacesStarsAndPlusSignsInOneWord() {
        ShellWords.Line l = ShellWords.split(
                "./lambdasim trace generate 'poisson(5/s);duration=exp(80ms) + schedule(cron(0 2 * * ? *))' -o day.csv");
        assertThat(l.words()).containsExactly("./lambdasim", "trace", "generate",
                "poisson(5/s);duration=exp(80ms) + schedule(cron(0 2 * * ? *))", "-o", "day.csv");
        assertThat(l.comment()).isEmpty();
    }

    @Test
    void doubleQuotesBackslashesAndAdjacentQuotedPartsJoinAsTheShellDoes() {
        assertThat(ShellWords.split("a \"b c\" d\\ e x'y'\"z\" \"q\\\"r\"").words())
                .containsExactly("a", "b c", "d e", "xyz", "q\"r");
    }

    @Test
    void aHashStartingAWordIsACommentButNotInsideOne() {
        ShellWords.Line l = ShellWords.split("./lambdasim cost --memory-mb 100   # exit code 2");
        assertThat(l.words()).containsExactly("./lambdasim", "cost", "--memory-mb", "100");
        assertThat(l.comment()).isEqualTo("exit code 2");
        assertThat(ShellWords.split("a#b '#c'").words()).containsExactly("a#b", "#c");
    }

    @Test
    void whatTheShellWouldInterpretIsRefused() {
        for (String bad : List.of("a | b", "a > out", "a; b", "a && b", "a $HOME", "a `x`", "a report-*", "a \"$X\"",
                "a {b,c}", "a 'open", "a \"open", "a \\")) {
            assertThatThrownBy(() -> ShellWords.split(bad)).as(bad).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void theScannerTakesLauncherLinesOfCodeBlocksOnlyAndFlagsBareLambdasim() {
        DocumentedCommands.Found f = DocumentedCommands.scan("x.md", List.of(
                "./lambdasim demo",                        // 1: prose, not a code block
                "```",                                     // 2
                "./lambdasim cost --requests 1",           // 3
                "lambdasim cost --requests 2",             // 4: no ./
                "Lambda, us-east-1 ...",                   // 5: output
                "./lambdasim cost --memory-mb 1 # exit code 2",
                "lambdasim cost: --memory-mb '1': expected ...",  // an error message shown, not a command
                "```",
                "~~~",
                "./lambdasim report 'out dir'",            // 10
                "~~~"));
        assertThat(f.commands()).extracting(DocumentedCommands.Command::where).containsExactly("x.md:3", "x.md:6", "x.md:10");
        assertThat(f.commands().get(0).args()).containsExactly("cost", "--requests", "1");
        assertThat(f.commands().get(1).expectError()).isTrue();
        assertThat(f.commands().get(2).args()).containsExactly("report", "out dir");
        assertThat(f.problems()).extracting(DocumentedCommands.Problem::where).containsExactly("x.md:4");
    }
}
