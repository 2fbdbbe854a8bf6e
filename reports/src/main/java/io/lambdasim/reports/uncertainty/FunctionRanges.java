package io.lambdasim.reports.uncertainty;

import io.lambdasim.engine.FunctionRule;
import io.lambdasim.engine.FunctionSettings;
import io.lambdasim.engine.init.InitModel;
import io.lambdasim.engine.keepalive.KeepAlive;

/**
 * The ranges a {@code --functions} file gives one function (or glob): what {@code lambdasim
 * calibrate} writes beside each fitted value. Null: that setting of the function is taken as known.
 */
public record FunctionRanges(String pattern, Span<KeepAlive> keepAlive, Span<InitModel> init, Span<Double> cpuFraction) {

    public boolean isEmpty() {
        return keepAlive == null && init == null && cpuFraction == null;
    }

    /** Whether this row is the one for {@code function} (the functions file's matching: name or glob). */
    public boolean matches(String function) {
        return pattern != null && new FunctionRule(pattern, FunctionSettings.INHERIT).matches(function);
    }
}
