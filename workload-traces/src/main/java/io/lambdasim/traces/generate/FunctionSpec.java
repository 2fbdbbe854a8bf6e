package io.lambdasim.traces.generate;

import io.lambdasim.traces.InvocationCursor;
import io.lambdasim.traces.InvocationType;

/**
 * One function of a {@link WorkloadSpec}: its name, when it is invoked, how long it runs, and the
 * fields a generated invocation carries.
 *
 * @param name           the function name ({@code function=}; {@code f1}, {@code f2}, ... by position when absent)
 * @param arrivals       when it is invoked
 * @param duration       how long each invocation runs
 * @param memoryMb       configured memory ({@code memory=}), or {@link InvocationCursor#MISSING}
 * @param maxMemoryMb    max memory used reported for each invocation ({@code max_memory=}), or MISSING
 * @param invocationType one of {@link InvocationType}'s constants ({@code type=}; UNKNOWN when absent)
 */
public record FunctionSpec(String name, ArrivalProcess arrivals, DurationDistribution duration,
                           int memoryMb, int maxMemoryMb, int invocationType) {

    /** The spec text for this function (without horizon and seed, which belong to the whole spec). */
    public String expression() {
        StringBuilder sb = new StringBuilder(arrivals.expression())
                .append(";duration=").append(duration.expression())
                .append(";function=").append(name);
        if (memoryMb != InvocationCursor.MISSING) {
            sb.append(";memory=").append(memoryMb);
        }
        if (maxMemoryMb != InvocationCursor.MISSING) {
            sb.append(";max_memory=").append(maxMemoryMb);
        }
        if (invocationType != InvocationType.UNKNOWN) {
            sb.append(";type=").append(InvocationType.name(invocationType));
        }
        return sb.toString();
    }
}
