package io.lambdasim.pricing;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * What surrounds a function, as the bill sees it (issue 18): the front door, who publishes its
 * asynchronous events, the network around it, its logs, and the fixed costs of an EC2 instance.
 * Every part is optional and off by default, so a bill without them is the function's alone.
 * Ranges are checked here, so every front end reports the same error.
 *
 * @param frontDoor       what HTTP requests pass before the function
 * @param publisher       who publishes the function's asynchronous events
 * @param vpc             the function runs in a VPC and reaches the internet through NAT gateways
 * @param azs             availability zones: one NAT gateway each (with {@code vpc}), one ALB address each
 * @param payloadBytes    size of a request, message or event in (chunks of SQS, SNS, EventBridge, Kinesis; ALB bytes)
 * @param responseBytes   size of a response out to the internet (data transfer out, on both sides; ALB bytes)
 * @param natBytes        bytes an invocation exchanges with the internet through the NAT gateway (with {@code vpc})
 * @param logs            price CloudWatch Logs ingestion (the platform lines plus {@code logBytes})
 * @param logBytes        application log bytes an invocation writes
 * @param publicIpv4      public IPv4 addresses per EC2 instance
 * @param ebsGb           EBS root volume per EC2 instance, GB (gp3)
 */
public record AroundConfig(FrontDoor frontDoor, Publisher publisher, boolean vpc, int azs, long payloadBytes,
                           long responseBytes, long natBytes, boolean logs, long logBytes, int publicIpv4, int ebsGb) {

    public static final int MAX_AZS = 6;
    /** 1 MB: the largest message SQS, SNS and EventBridge take is smaller; Lambda's sync payload is 6 MB. */
    public static final long MAX_PAYLOAD_BYTES = 6L * 1024 * 1024;
    public static final long MAX_TRANSFER_BYTES = 1L << 40;
    public static final int MAX_PUBLIC_IPV4 = 64;
    public static final int MAX_EBS_GB = 65_536;

    /** Nothing around the function: the bill is the function's alone. */
    public static final AroundConfig NONE = new AroundConfig(FrontDoor.NONE, Publisher.NONE, false, 2, 1024, 0, 0,
            false, 0, 0, 0);

    /** The front door of HTTP requests (the {@code front_door} setting's values). */
    public enum FrontDoor {
        NONE("none"), HTTP_API("http-api"), REST_API("rest-api"), ALB("alb"), FUNCTION_URL("function-url");

        private final String id;

        FrontDoor(String id) {
            this.id = id;
        }

        public String id() {
            return id;
        }

        public static FrontDoor parse(String text) {
            return AroundConfig.parse(values(), text, FrontDoor::id, "front door");
        }

        public static List<String> ids() {
            return Arrays.stream(values()).map(FrontDoor::id).toList();
        }
    }

    /** Who publishes asynchronous events (S3 notifications and direct async calls cost nothing: {@code none}). */
    public enum Publisher {
        NONE("none"), SNS("sns"), EVENTBRIDGE("eventbridge");

        private final String id;

        Publisher(String id) {
            this.id = id;
        }

        public String id() {
            return id;
        }

        public static Publisher parse(String text) {
            return AroundConfig.parse(values(), text, Publisher::id, "publisher");
        }

        public static List<String> ids() {
            return Arrays.stream(values()).map(Publisher::id).toList();
        }
    }

    public AroundConfig {
        if (frontDoor == null || publisher == null) {
            throw new IllegalArgumentException("front door and publisher are required (none for none)");
        }
        check("azs", azs, 1, MAX_AZS);
        check("payload_bytes", payloadBytes, 1, MAX_PAYLOAD_BYTES);
        check("response_bytes", responseBytes, 0, MAX_TRANSFER_BYTES);
        check("nat_bytes", natBytes, 0, MAX_TRANSFER_BYTES);
        check("log_bytes", logBytes, 0, MAX_TRANSFER_BYTES);
        check("public_ipv4", publicIpv4, 0, MAX_PUBLIC_IPV4);
        check("ebs_gb", ebsGb, 0, MAX_EBS_GB);
    }

    private static void check(String key, long value, long min, long max) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(key + " " + value + ": expected " + min + " to " + max);
        }
    }

    private static <E> E parse(E[] values, String text, java.util.function.Function<E, String> id, String what) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        for (E e : values) {
            if (id.apply(e).equals(t)) {
                return e;
            }
        }
        throw new IllegalArgumentException(what + " '" + text + "' (allowed: "
                + String.join(", ", Arrays.stream(values).map(id).toList()) + ")");
    }

    /** Whether anything around the function is priced. */
    public boolean any() {
        return frontDoor != FrontDoor.NONE || publisher != Publisher.NONE || vpc || responseBytes > 0 || logs
                || publicIpv4 > 0 || ebsGb > 0;
    }
}
