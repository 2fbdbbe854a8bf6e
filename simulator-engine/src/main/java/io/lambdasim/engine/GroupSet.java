package io.lambdasim.engine;

/**
 * The groups of a parallel run at the end of the trace, wherever they run: threads of this JVM
 * ({@link ParallelSimulation}) or Spark tasks (spark-runner's {@code SparkSimulation}). The end of the
 * run, the last merge and the result are computed over this interface, once, in
 * {@link ParallelSimulation#finish}.
 */
public interface GroupSet {

    int size();

    /** Group {@code g}'s state after the last call. */
    GroupState state(int g);

    /**
     * Each group {@code g} with {@code which[g]} handles the events it still has before
     * ({@code timeUs}, {@code kind}), where the coupled run stops; one made busy again (a warmer
     * ping) runs on until idle. The others are left as they are.
     */
    void advance(boolean[] which, long timeUs, int kind);

    /** The logs not merged yet: each group's counts after its events since the last merge, in event order. */
    GroupLog[] logs();

    /** Ends every group at {@code horizon}: its figures. */
    GroupEnd[] close(long horizon);
}
