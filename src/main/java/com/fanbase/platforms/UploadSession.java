package com.fanbase.platforms;

/**
 * A run of batches into one audience in one direction. Each {@link #send} returns only
 * once the platform acknowledged the batch; the core then records the batch as done, so a
 * batch acknowledged once is never sent into the same session again.
 */
public interface UploadSession {

	/** Sends one batch and answers how many of its members the platform refused. */
	long send(Batch batch);

	/**
	 * The audience id, which a platform that creates audiences on upload knows only now.
	 */
	String audienceId();

	/** What a resumed run needs to continue this session (e.g. Meta's session id). */
	String state();

	/** Called after the last batch (Google Ads runs its offline job here). */
	default void finish() {
	}

}
