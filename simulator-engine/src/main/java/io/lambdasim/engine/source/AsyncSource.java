package io.lambdasim.engine.source;

import io.lambdasim.engine.Durations;

/**
 * Asynchronous invocation settings of a function (AWS: PutFunctionEventInvokeConfig; "Configuring
 * error handling for asynchronous invocation": MaximumRetryAttempts 0 to 2, default 2;
 * MaximumEventAgeInSeconds 60 to 21,600, default 6 h).
 *
 * @param retries       retries of a failed invocation, after 1 and then 2 minutes
 * @param maxEventAgeUs an event older than this when it would be tried (first try, throttle
 *                      back-off or error retry) is dropped
 */
public record AsyncSource(int retries, long maxEventAgeUs) {

    public static final int MAX_RETRIES = 2;
    public static final long MIN_EVENT_AGE_US = 60 * Durations.US_PER_S;
    public static final long MAX_EVENT_AGE_US = 6 * Durations.US_PER_H;

    public AsyncSource {
        Ranges.check("async_retries", retries, 0, MAX_RETRIES);
        checkMaxEventAge(maxEventAgeUs);
    }

    /** {@code us} if it is an allowed maximum event age, else IllegalArgumentException naming the range. */
    public static long checkMaxEventAge(long us) {
        return Ranges.checkDuration("max_event_age", us, MIN_EVENT_AGE_US, MAX_EVENT_AGE_US);
    }
}
