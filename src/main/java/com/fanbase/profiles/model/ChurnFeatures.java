package com.fanbase.profiles.model;

/**
 * What the churn classifier knows about a buyer at a reference time, all from data at or
 * before it. Days are whole UTC days, like the profile's.
 *
 * @param x repeat transactions (distinct purchase days after the first)
 * @param txDays days from the first purchase day to the last
 * @param tDays days from the first purchase day to the reference day (tenure)
 * @param avgOrderCents the average paid order
 * @param activity page and event views, cart adds and email clicks in the 30 days before
 * @param seasonal purchase days in the 180 days that followed the reference day one year
 * earlier: whether this is the customer's season
 */
public record ChurnFeatures(double x, double txDays, double tDays, double avgOrderCents, double activity,
		double seasonal) {

	/** The names of {@link #vector()}'s entries, in order. */
	public static final String[] NAMES = { "log_recency_days", "log_repeat_transactions", "log_tenure_days",
			"log_yearly_rate", "log_avg_order", "log_activity_30d", "log_same_season_last_year", "one_time_buyer" };

	public ChurnFeatures {
		CustomerHistory.check(x, txDays, tDays);
	}

	public double recencyDays() {
		return this.tDays - this.txDays;
	}

	public double[] vector() {
		return new double[] { Math.log1p(recencyDays()), Math.log1p(this.x), Math.log1p(this.tDays),
				Math.log1p(365 * this.x / Math.max(this.tDays, 1)), Math.log1p(Math.max(this.avgOrderCents, 0) / 100),
				Math.log1p(Math.max(this.activity, 0)), Math.log1p(Math.max(this.seasonal, 0)), (this.x == 0) ? 1 : 0 };
	}

	/** {@link #vector()} with one more entry: a count model's log-odds of churn. */
	public double[] vectorWith(double churnProbability) {
		double[] base = vector();
		double[] extended = new double[base.length + 1];
		System.arraycopy(base, 0, extended, 0, base.length);
		double p = Math.min(Math.max(churnProbability, 1e-9), 1 - 1e-9);
		extended[base.length] = Math.log(p / (1 - p));
		return extended;
	}

	/** The classifier's view of plain recency. */
	public double[] recencyVector() {
		return new double[] { Math.log1p(recencyDays()) };
	}

}
