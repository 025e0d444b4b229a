package com.fanbase.matching;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import com.fanbase.jobs.Job;
import com.fanbase.segments.Segment;
import com.fanbase.tenants.TenantId;

/**
 * The public face of event targeting for the API: every call first makes sure the event
 * is the tenant's. A generation is built to take about two seconds at a million profiles,
 * so the request waits for it up to {@code fanbase.matching.synchronous-limit} profiles
 * (two million); a larger tenant gets a durable background job instead (the answer is
 * then 202 with the job), as do the generations that ingestion triggers.
 */
@Component
public class EventTargeting {

	/** Either the finished generation or the job that will do it. */
	public sealed interface Outcome {

		record Done(Generation generation) implements Outcome {
		}

		record Queued(Job job) implements Outcome {
		}

		/** Queued until the tenant's first profile build, which runs it. */
		record WaitingForProfiles(Job job) implements Outcome {
		}

	}

	private final RecommendationGenerator generator;

	private final GenerationRequests requests;

	private final Recommendations recommendations;

	private final RecommendationPerformance performance;

	private final TargetSegments segments;

	private final RecommendationParts parts;

	private final long synchronousLimit;

	EventTargeting(RecommendationGenerator generator, GenerationRequests requests, Recommendations recommendations,
			RecommendationParts parts, @Value("${fanbase.matching.synchronous-limit:2000000}") long synchronousLimit) {
		this.generator = generator;
		this.requests = requests;
		this.recommendations = recommendations;
		this.performance = parts.performance();
		this.segments = parts.segments();
		this.parts = parts;
		this.synchronousLimit = synchronousLimit;
	}

	public Outcome generate(TenantId tenant, long eventId) {
		requireEvent(tenant, eventId);
		if (!this.generator.hasProfiles(tenant)) {
			return new Outcome.WaitingForProfiles(this.requests.request(tenant, List.of(eventId)));
		}
		if (this.generator.profileEstimate(tenant) <= this.synchronousLimit) {
			return new Outcome.Done(this.generator.generate(tenant, eventId));
		}
		return new Outcome.Queued(this.requests.request(tenant, List.of(eventId)));
	}

	public Map<String, Object> recommendations(TenantId tenant, long eventId, int limit, int minScore) {
		requireEvent(tenant, eventId);
		return this.recommendations.list(tenant, eventId, limit, minScore);
	}

	/**
	 * The list as the admin shows it: each reason also in a marketer's words
	 * ({@code words}).
	 */
	public Map<String, Object> describedRecommendations(TenantId tenant, long eventId, int limit, int minScore) {
		requireEvent(tenant, eventId);
		return this.recommendations.list(tenant, eventId, limit, minScore, this.recommendations.facts(tenant, eventId));
	}

	/**
	 * Whether the tenant's learned weights are on, which weights score its events, and
	 * the last back-test's figures for both.
	 */
	public Map<String, Object> weights(TenantId tenant) {
		return this.parts.weights().describe(tenant);
	}

	/**
	 * Switches learned weights on (a back-test fits them and the upcoming events are
	 * regenerated; answers its job) or off (the seed's weights from the next generation).
	 */
	public Optional<Job> useLearnedWeights(TenantId tenant, boolean learned) {
		this.parts.weights().enable(tenant, learned);
		if (learned) {
			return Optional.of(this.parts.jobs().submit(tenant, WeightFitJob.TYPE, Map.of()));
		}
		this.requests.requestUpcoming(tenant);
		return Optional.empty();
	}

	public Segment createSegment(TenantId tenant, long eventId, int minScore, String name) {
		requireEvent(tenant, eventId);
		return this.segments.create(tenant, eventId, minScore, name);
	}

	public Map<String, Object> performance(TenantId tenant, long eventId) {
		requireEvent(tenant, eventId);
		return this.performance.of(tenant, eventId);
	}

	private void requireEvent(TenantId tenant, long eventId) {
		if (!this.generator.exists(tenant, eventId)) {
			throw new EventNotFoundException(eventId);
		}
	}

}
