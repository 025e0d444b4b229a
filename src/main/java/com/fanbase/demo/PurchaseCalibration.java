package com.fanbase.demo;

/**
 * Finds the factor on all purchase rates that makes the total number of purchases before
 * now land on the target.
 * <p>
 * Purchase {@code j} of a customer happens before now exactly when
 * {@code arrival_j / (rate * window)} is at most the factor, so the total as a function
 * of the factor is the count of those thresholds below it. One pass over all customers
 * builds a histogram of thresholds (buckets of 1/64 octave, read straight off the
 * double's bits) and the factor is interpolated where the cumulative count reaches the
 * target. The pass holds nothing per customer, so it scales like the generation itself.
 */
final class PurchaseCalibration {

	private static final int SUB_BUCKET_BITS = 6;

	private static final int SHIFT = 52 - SUB_BUCKET_BITS;

	/** Thresholds below 2^-40 all land in bucket 0; above 2^40 they are never reached. */
	private static final long LOWEST = Double.doubleToRawLongBits(0x1.0p-40) >>> SHIFT;

	private static final int BUCKETS = (int) ((Double.doubleToRawLongBits(0x1.0p40) >>> SHIFT) - LOWEST);

	private PurchaseCalibration() {
	}

	static double rateFactor(int customers, long targetOrders, PurchaseProcess process) {
		if (targetOrders <= 0) {
			return 0;
		}
		long[] histogram = new long[BUCKETS];
		for (long id = 1; id <= customers; id++) {
			process.reset(id);
			double scale = process.rate() * process.window();
			if (process.browseOnly() || scale <= 0) {
				continue;
			}
			for (int j = 0; j < process.purchasesBeforeDropout(); j++) {
				long bucket = (Double.doubleToRawLongBits(process.nextArrival() / scale) >>> SHIFT) - LOWEST;
				if (bucket >= BUCKETS) {
					break;
				}
				histogram[(int) Math.max(0, bucket)]++;
			}
		}
		return factorAt(histogram, targetOrders);
	}

	private static double factorAt(long[] histogram, long target) {
		long below = 0;
		for (int bucket = 0; bucket < BUCKETS; bucket++) {
			long count = histogram[bucket];
			if (below + count >= target && count > 0) {
				double low = lowerBound(bucket);
				double high = lowerBound(bucket + 1);
				return low + (high - low) * (target - below) / count;
			}
			below += count;
		}
		// Not reachable: every customer buys until they drop out.
		return lowerBound(BUCKETS);
	}

	private static double lowerBound(int bucket) {
		return Double.longBitsToDouble((bucket + LOWEST) << SHIFT);
	}

}
