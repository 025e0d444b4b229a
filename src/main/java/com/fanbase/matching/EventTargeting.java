package com.fanbase.matching;

import java.util.List;
import java.util.Map;

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

	}

	private final RecommendationGenerator generator;

	private final GenerationRequests requests;

	private final Recommendations recommendations;

	private final RecommendationPerformance performance;

	private final TargetSegments segments;

	private final long synchronousLimit;

	EventTargeting(RecommendationGenerator generator, GenerationRequests requests, Recommendations recommendations,
			RecommendationParts parts, @Value("${fanbase.matching.synchronous-limit:2000000}") long synchronousLimit) {
		this.generator = generator;
		this.requests = requests;
		this.recommendations = recommendations;
		this.performance = parts.performance();
		this.segments = parts.segments();
		this.synchronousLimit = synchronousLimit;
	}

	public Outcome generate(TenantId tenant, long eventId) {
		requireEvent(tenant, eventId);
		if (this.generator.profileEstimate(tenant) <= this.synchronousLimit) {
			return new Outcome.Done(this.generator.generate(tenant, eventId));
		}
		return new Outcome.Queued(this.requests.request(tenant, List.of(eventId)));
	}

	public Map<String, Object> recommendations(TenantId tenant, long eventId, int limit, int minScore) {
		requireEvent(tenant, eventId);
		return this.recommendations.list(tenant, eventId, limit, minScore);
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
