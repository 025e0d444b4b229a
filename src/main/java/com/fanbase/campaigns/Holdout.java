package com.fanbase.campaigns;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * Who a holdout keeps out: a customer is held out of a campaign when the first four bytes
 * of MD5("campaignId:customerId"), read as an unsigned number, mod 10,000 fall below the
 * percentage × 100. The same inputs give the same answer on every run and replica, and
 * {@link #SQL} computes the same bucket in PostgreSQL for set-based targeting.
 */
final class Holdout {

	/** The bucket (0 to 9,999) of {@code customer_id} in campaign {@code :campaign}. */
	static final String SQL = "(('x' || substr(md5(cast(:campaign as bigint)::text || ':' || m.customer_id::text), 1, 8))::bit(32)::bigint % 10000)";

	private Holdout() {
	}

	static int bucket(long campaignId, long customerId) {
		try {
			byte[] digest = MessageDigest.getInstance("MD5")
				.digest((campaignId + ":" + customerId).getBytes(StandardCharsets.UTF_8));
			long value = ((digest[0] & 0xffL) << 24) | ((digest[1] & 0xffL) << 16) | ((digest[2] & 0xffL) << 8)
					| (digest[3] & 0xffL);
			return (int) (value % 10000);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	static boolean heldOut(long campaignId, long customerId, int percent) {
		return bucket(campaignId, customerId) < percent * 100;
	}

}
