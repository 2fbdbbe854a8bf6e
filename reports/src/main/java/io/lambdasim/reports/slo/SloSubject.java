package io.lambdasim.reports.slo;

import java.util.List;

/** A scenario extension's options (EC2 fleets, Managed Instances) judged against a latency objective. */
public interface SloSubject {

    /** One verdict per option this extension replayed, with its monthly cost. */
    List<SloVerdict> verdicts(LatencySlo slo);
}
