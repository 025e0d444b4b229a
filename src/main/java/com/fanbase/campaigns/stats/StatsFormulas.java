package com.fanbase.campaigns.stats;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The stats formulas, from a campaign's figures. Incremental conversions compare the
 * campaign with its holdout: conversions − round(holdout conversions / holdout size ×
 * sent), the expected count rounded half-up from the exact ratio (not the rounded rate);
 * with an empty holdout every conversion counts as incremental.
 */
final class StatsFormulas {

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private StatsFormulas() {
	}

	static CampaignStats stats(CampaignFigures f) {
		CampaignStats.Holdout holdout = null;
		Long incremental = null;
		if (f.holdoutPercent() > 0 || f.holdoutSize() > 0) {
			holdout = new CampaignStats.Holdout(f.holdoutSize(), f.holdoutConversions(),
					percent(f.holdoutConversions(), f.holdoutSize()), f.holdoutRevenueCents());
			incremental = f.conversions() - expected(f.holdoutConversions(), f.holdoutSize(), f.sent());
		}
		return new CampaignStats(f.campaignId(), f.campaignType(), f.status(), f.sent(), f.delivered(), f.opens(),
				f.machineOpens(), f.clicks(), f.bounces(), f.unsubscribes(), f.spamReports(), f.conversions(),
				f.revenueCents(), units(f.revenueCents()), f.costCents(), f.currency(),
				percent(f.opens(), f.delivered()), percent(f.clicks(), f.delivered()),
				percent(f.conversions(), f.clicks()), roas(f.revenueCents(), f.costCents()), holdout, incremental);
	}

	/** part / whole × 100, half-up to two decimals; 0 when whole is 0. */
	static BigDecimal percent(long part, long whole) {
		if (whole == 0) {
			return BigDecimal.ZERO.setScale(2);
		}
		return BigDecimal.valueOf(part).multiply(HUNDRED).divide(BigDecimal.valueOf(whole), 2, RoundingMode.HALF_UP);
	}

	/** revenue / cost, half-up to two decimals; null without a (positive) cost. */
	static BigDecimal roas(long revenueCents, Long costCents) {
		if (costCents == null || costCents <= 0) {
			return null;
		}
		return BigDecimal.valueOf(revenueCents).divide(BigDecimal.valueOf(costCents), 2, RoundingMode.HALF_UP);
	}

	static BigDecimal units(long cents) {
		return BigDecimal.valueOf(cents, 2);
	}

	/**
	 * holdoutConversions / holdoutSize × sent, rounded half-up; 0 for an empty holdout.
	 */
	static long expected(long holdoutConversions, long holdoutSize, long sent) {
		if (holdoutSize == 0) {
			return 0;
		}
		return BigDecimal.valueOf(holdoutConversions)
			.multiply(BigDecimal.valueOf(sent))
			.divide(BigDecimal.valueOf(holdoutSize), 0, RoundingMode.HALF_UP)
			.longValueExact();
	}

}
