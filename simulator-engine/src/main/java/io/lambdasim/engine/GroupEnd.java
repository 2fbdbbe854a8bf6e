package io.lambdasim.engine;

import java.io.Serializable;
import java.util.List;
import org.HdrHistogram.Histogram;

/**
 * One group's figures at the end of a parallel run: its functions' usage in id order, its latency
 * and queue-age histograms, its timeline counters (null without a timeline). Serializable, so a
 * group simulated in a Spark task sends them to the driver.
 */
public record GroupEnd(List<UsageStats> stats, Histogram latency, Histogram queueAge, TimelineRecorder timeline)
        implements Serializable {

    private static final long serialVersionUID = 1L;
}
