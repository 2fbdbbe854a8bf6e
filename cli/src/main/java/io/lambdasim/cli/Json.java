package io.lambdasim.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.lambdasim.reports.run.ScenarioJson;

/** JSON as the commands print it: indented, plain decimals (the reports' one mapper). */
final class Json {

    private Json() {
    }

    static String pretty(Object tree) {
        try {
            return ScenarioJson.mapper().writeValueAsString(tree);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON: " + e.getOriginalMessage(), e);
        }
    }
}
