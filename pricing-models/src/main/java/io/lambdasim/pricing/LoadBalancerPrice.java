package io.lambdasim.pricing;

import java.math.BigDecimal;

/** An application load balancer's price in one region: per hour, and per LCU-hour. */
public record LoadBalancerPrice(String region, BigDecimal hourlyUsd, BigDecimal usdPerLcuHour) {
}
