package io.lambdasim.reports.calibrate;

import io.lambdasim.engine.FunctionSettings;
import java.util.ArrayList;
import java.util.List;

/**
 * Everything fitted for one function, with what the logs held and what could not be fitted.
 *
 * @param function             the function
 * @param invocations          its REPORT lines
 * @param environments         its execution environments (log streams, or inferred)
 * @param environmentsInferred some lines had no log stream, so environments were inferred for them
 * @param preexisting          environments whose first line had no INIT (alive before the logs began)
 * @param observedColdStarts   lines that carried an INIT
 * @param observedBilledMs     Σ billed duration the lines reported, ms, or NaN when they carry none
 * @param keepAlive            the keep-alive fit
 * @param init                 the INIT fit
 * @param cpu                  the CPU-bound share fit
 */
public record FunctionFit(String function, long invocations, int environments, boolean environmentsInferred, int preexisting,
                          long observedColdStarts, double observedBilledMs, KeepAliveFit keepAlive, InitFit init, CpuFit cpu) {

    /** Every note of the fits, keep-alive first, and how environments were found. */
    public List<String> notes() {
        List<String> out = new ArrayList<>();
        if (environmentsInferred) {
            out.add("environments inferred (the lines carry no log stream): a cold start opens one and finds every idle "
                    + "one gone; a warm start takes the one idle the shortest time, as the simulator reuses them");
        }
        out.addAll(keepAlive.notes());
        out.addAll(init.notes());
        out.addAll(cpu.notes());
        return out;
    }

    /** The settings a {@code --functions} file gives this function: what was fitted, nothing else. */
    public FunctionSettings settings() {
        return new FunctionSettings(null, null, null, null, null, keepAlive.policy(), init.model(), cpu.cpuFraction(), null);
    }
}
