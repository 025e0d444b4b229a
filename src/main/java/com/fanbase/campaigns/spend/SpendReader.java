package com.fanbase.campaigns.spend;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;

import com.fanbase.exports.Platform;
import com.fanbase.exports.PlatformContext;

/**
 * Reads the lifetime spend of one campaign on one ad platform from its reporting
 * endpoint, in integer cents of the ad account's currency.
 */
interface SpendReader {

	/** The longest a platform's rate limit is waited out within one read. */
	Duration LONGEST_WAIT = Duration.ofMinutes(1);

	Platform platform();

	long lifetimeCents(PlatformContext context, String platformCampaignId);

	/** A decimal amount in major units ("123.45") as cents, half-up. */
	static long cents(String major) {
		if (major == null || major.isBlank()) {
			return 0;
		}
		return new BigDecimal(major.trim()).movePointRight(2).setScale(0, RoundingMode.HALF_UP).longValueExact();
	}

}
