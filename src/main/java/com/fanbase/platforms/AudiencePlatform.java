package com.fanbase.platforms;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.Map;

/**
 * One platform's side of an export: how it wants members encoded and how its audiences
 * are created, filled, emptied, measured and deleted, and (for ad platforms) what a
 * campaign there has spent. Everything else (streaming, batching, retries, state, delta
 * sync, expiry) is the core's. Implementations live in one package per platform and speak
 * its documented wire format.
 */
public interface AudiencePlatform {

	Platform platform();

	/** The credential fields the tenant must (or may) give, and which are secret. */
	CredentialSpec credentialSpec();

	/**
	 * What is wrong with a set of credential fields beyond missing required ones: field
	 * name to a message that follows the field's name ("must be data_manager or
	 * google_ads"); empty when nothing is.
	 */
	default Map<String, String> credentialProblems(Map<String, String> fields) {
		return Map.of();
	}

	/** Most members per request when adding and when removing. */
	BatchLimits limits();

	/**
	 * Normalises (and hashes, where the platform wants hashes) a contact; a member
	 * without any usable key is not sent.
	 */
	Member encode(Contact contact);

	/**
	 * Creates an empty audience and answers its id; {@code null} when the platform
	 * creates the audience with its first upload (TikTok's customer files).
	 */
	String createAudience(PlatformContext context, String name);

	/**
	 * Opens an upload session; {@code resumeState} is what {@link UploadSession#state()}
	 * said after the last acknowledged batch of an interrupted run, or {@code null}.
	 */
	UploadSession open(PlatformContext context, Direction direction, String audienceId, String name,
			String resumeState);

	/** Size or match figures, where the platform reports them; empty otherwise. */
	Map<String, Object> figures(PlatformContext context, String audienceId);

	void deleteAudience(PlatformContext context, String audienceId);

	/** What a response means: success, retry (and when), bad credentials or a refusal. */
	default Outcome classify(PlatformReply reply) {
		return Outcome.standard(reply);
	}

	/**
	 * Checks that credentials work (used when they are saved); the default makes no call.
	 */
	default void verify(PlatformContext context) {
	}

	/** The longest a platform's rate limit is waited out within one spend read. */
	Duration SPEND_LONGEST_WAIT = Duration.ofMinutes(1);

	/**
	 * What one of the tenant's campaigns on the platform has spent over its lifetime,
	 * read from the platform's reporting endpoint, in cents of the ad account's currency.
	 * A platform without ad campaigns refuses.
	 */
	default long lifetimeSpendCents(PlatformContext context, String platformCampaignId) {
		throw new PlatformException(PlatformException.Kind.REJECTED, platform().id() + " has no ad campaigns");
	}

	/** A decimal amount in major units ("123.45") as cents, half-up. */
	static long cents(String major) {
		if (major == null || major.isBlank()) {
			return 0;
		}
		return new BigDecimal(major.trim()).movePointRight(2).setScale(0, RoundingMode.HALF_UP).longValueExact();
	}

}
