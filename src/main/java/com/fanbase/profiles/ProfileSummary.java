package com.fanbase.profiles;

import java.time.Instant;
import java.util.Map;

/**
 * A tenant's profiles at a glance, for the dashboard.
 *
 * @param profiles built profiles
 * @param newCustomers of those, customers created since the given time
 * @param churnBands profiles per churn-risk band ({@code 0-24}, {@code 25-49},
 * {@code 50-74}, {@code 75-100}, and {@code none} for customers who never bought), in
 * that order
 * @param asOf the latest profile's evaluation time, or null without profiles
 */
public record ProfileSummary(long profiles, long newCustomers, Map<String, Long> churnBands, Instant asOf) {

}
