package com.fanbase.platforms;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;

import org.springframework.http.HttpHeaders;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;

import com.fanbase.jobs.JobInterruptedException;

/**
 * Sends requests to one platform for one run: retries what the platform says may be
 * retried, with exponential back-off and full jitter, waiting at least as long as the
 * platform asked; records every attempt; turns a final failure into a
 * {@link PlatformException}.
 */
public final class PlatformClient {

	private final RestClient rest;

	private final RetryProperties retry;

	private final Function<PlatformReply, Outcome> classifier;

	private final RequestRecorder recorder;

	PlatformClient(RestClient rest, RetryProperties retry, Function<PlatformReply, Outcome> classifier,
			RequestRecorder recorder) {
		this.rest = rest;
		this.retry = retry;
		this.classifier = classifier;
		this.recorder = recorder;
	}

	/** Sends until the platform accepts the request; answers its reply. */
	public PlatformReply exchange(PlatformRequest request) {
		return exchange(request, null);
	}

	/**
	 * Like {@link #exchange(PlatformRequest)}, but gives up at once with a
	 * {@link PlatformRateLimitedException} when the platform asks to wait longer than
	 * {@code longestWait}: for periodic readers that would rather come back later than
	 * hold a thread for the rest of the platform's rate-limit window.
	 */
	public PlatformReply exchange(PlatformRequest request, Duration longestWait) {
		for (int attempt = 1;; attempt++) {
			long started = System.nanoTime();
			PlatformReply reply = null;
			Outcome outcome;
			try {
				reply = call(request);
				outcome = this.classifier.apply(reply);
			}
			catch (ResourceAccessException ex) {
				if (Thread.currentThread().isInterrupted()) {
					throw new JobInterruptedException("Interrupted while waiting for the platform", ex);
				}
				outcome = new Outcome.Retry(null, "No answer (" + rootCause(ex).getClass().getSimpleName() + ")");
			}
			long ms = (System.nanoTime() - started) / 1_000_000;
			Duration asked = (outcome instanceof Outcome.Retry retryable) ? retryable.after() : null;
			this.recorder.record(new RequestRecord(request.operation(), request.method().name(),
					request.uri().getPath(), attempt, request.items(), (reply != null) ? reply.status() : null,
					label(outcome), ms, (asked != null) ? asked.toMillis() : null, detail(outcome)));
			switch (outcome) {
				case Outcome.Success success -> {
					return reply;
				}
				case Outcome.Retry retryable -> {
					if (longestWait != null && asked != null && asked.compareTo(longestWait) > 0) {
						throw new PlatformRateLimitedException(asked, retryable.reason());
					}
					if (attempt >= this.retry.maxAttempts()) {
						throw new PlatformException(PlatformException.Kind.UNAVAILABLE, "The platform was unavailable ("
								+ retryable.reason() + ") through " + attempt + " attempts");
					}
					pause(wait(attempt, retryable.after()));
				}
				case Outcome.InvalidCredentials invalid ->
					throw new PlatformException(PlatformException.Kind.INVALID_CREDENTIALS, invalid.message());
				case Outcome.Rejected rejected ->
					throw new PlatformException(PlatformException.Kind.REJECTED, rejected.message());
			}
		}
	}

	/**
	 * Full jitter over an exponential ceiling, but never less than the platform asked and
	 * never more than the configured maximum wait.
	 */
	Duration wait(int attempt, Duration asked) {
		long ceiling = Math.min(this.retry.maxBackoff().toMillis(),
				this.retry.base().toMillis() * (1L << Math.min(attempt - 1, 30)));
		long jittered = ThreadLocalRandom.current().nextLong(ceiling + 1);
		long wait = (asked != null) ? Math.max(asked.toMillis(), jittered) : jittered;
		return Duration.ofMillis(Math.min(wait, this.retry.maxWait().toMillis()));
	}

	private PlatformReply call(PlatformRequest request) {
		RestClient.RequestBodySpec spec = this.rest.method(request.method())
			.uri(request.uri())
			.headers((headers) -> headers.addAll(request.headers()));
		if (request.body() != null) {
			spec = spec.contentType(request.contentType()).body(request.body());
		}
		return spec.exchange((req, response) -> {
			HttpHeaders headers = new HttpHeaders();
			headers.addAll(response.getHeaders());
			String body;
			try {
				body = new String(response.getBody().readAllBytes(), StandardCharsets.UTF_8);
			}
			catch (IOException ex) {
				body = "";
			}
			return new PlatformReply(response.getStatusCode().value(), headers, body);
		}, true);
	}

	private static void pause(Duration wait) {
		try {
			Thread.sleep(wait);
		}
		catch (InterruptedException ex) {
			throw new JobInterruptedException("Interrupted while waiting to retry", ex);
		}
	}

	private static String label(Outcome outcome) {
		return switch (outcome) {
			case Outcome.Success success -> "ok";
			case Outcome.Retry retry -> "retry";
			case Outcome.InvalidCredentials invalid -> "invalid_credentials";
			case Outcome.Rejected rejected -> "rejected";
		};
	}

	private static String detail(Outcome outcome) {
		return switch (outcome) {
			case Outcome.Success success -> null;
			case Outcome.Retry retry -> retry.reason();
			case Outcome.InvalidCredentials invalid -> invalid.message();
			case Outcome.Rejected rejected -> rejected.message();
		};
	}

	private static Throwable rootCause(Throwable ex) {
		Throwable cause = ex;
		while (cause.getCause() != null) {
			cause = cause.getCause();
		}
		return cause;
	}

	/** Where a client reports each attempt. */
	public interface RequestRecorder {

		RequestRecorder NONE = (request) -> {
		};

		void record(RequestRecord request);

	}

	public record RequestRecord(String operation, String method, String path, int attempt, int items,
			Integer httpStatus, String outcome, long durationMs, Long retryAfterMs, String detail) {
	}

}
