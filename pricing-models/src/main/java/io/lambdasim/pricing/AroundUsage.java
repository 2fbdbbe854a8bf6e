package io.lambdasim.pricing;

/**
 * A month of what the surroundings of a function bill for, counted from the engine's usage (or
 * from a steady load): requests, events, messages, batches, records, shards. No prices here.
 *
 * @param region             AWS region of the prices
 * @param hours              hours of the month (fixed costs: gateways, load balancer, shards)
 * @param syncRequests       synchronous requests: through the front door, each with a response out
 * @param publishedEvents    asynchronous events (published by the configured publisher)
 * @param scheduleFirings    scheduled invocations (EventBridge Scheduler)
 * @param sqsMessages        messages sent to SQS queues the function reads
 * @param sqsBatches         batches the pollers received (each retry of a batch again)
 * @param sqsBatchedMessages messages in those batches, counted once per batch they were in
 * @param kinesisRecords     records put into Kinesis streams the function reads
 * @param kinesisShards      shards of those streams (billed every hour)
 * @param dynamodbReads      GetRecords calls on DynamoDB streams (one per batch)
 * @param invocations        invocations started (each writes its log lines; NAT traffic per invocation)
 */
public record AroundUsage(String region, double hours, long syncRequests, long publishedEvents, long scheduleFirings,
                          long sqsMessages, long sqsBatches, long sqsBatchedMessages, long kinesisRecords,
                          long kinesisShards, long dynamodbReads, long invocations) {

    public AroundUsage {
        if (!(hours > 0)) {
            throw new IllegalArgumentException("a month of " + hours + " hours");
        }
        long[] counts = {syncRequests, publishedEvents, scheduleFirings, sqsMessages, sqsBatches, sqsBatchedMessages,
                kinesisRecords, kinesisShards, dynamodbReads, invocations};
        for (long c : counts) {
            if (c < 0) {
                throw new IllegalArgumentException("negative usage count " + c);
            }
        }
    }

    /**
     * A steady load of {@code requests} a month, each a synchronous request (and, when a publisher
     * is configured, one published event): what {@code lambdasim cost} and the analytic break-even price.
     */
    public static AroundUsage steady(String region, double hours, long requests) {
        return new AroundUsage(region, hours, requests, requests, 0, 0, 0, 0, 0, 0, 0, requests);
    }
}
