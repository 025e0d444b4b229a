package com.fanbase.matching.web;

import java.util.LinkedHashMap;
import java.util.Map;

import io.swagger.v3.oas.annotations.Parameter;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.fanbase.jobs.Job;
import com.fanbase.matching.EventTargeting;
import com.fanbase.matching.Generation;
import com.fanbase.segments.Segment;
import com.fanbase.tenants.TenantAccess;
import com.fanbase.tenants.TenantId;
import com.fanbase.web.Violations;

/**
 * Event targeting: generate, read and segment an event's recommendations, and see how
 * they converted.
 */
@RestController
@RequestMapping("/api/audience/events/{eventId}")
class RecommendationController {

	static final int MAX_LIMIT = 1000;

	private final EventTargeting targeting;

	private final TenantAccess access;

	RecommendationController(EventTargeting targeting, TenantAccess access) {
		this.targeting = targeting;
		this.access = access;
	}

	/**
	 * Scores every customer; 200 with the result for a small tenant, 202 with the job to
	 * follow for a large one.
	 */
	@PostMapping("/generate-recommendations")
	ResponseEntity<Map<String, Object>> generate(@Parameter(hidden = true) TenantId tenant,
			@PathVariable long eventId) {
		Map<String, Object> answer = new LinkedHashMap<>();
		answer.put("event_id", eventId);
		return switch (this.targeting.generate(tenant, eventId)) {
			case EventTargeting.Outcome.Done(Generation generation) -> {
				answer.put("status", "succeeded");
				answer.put("stored", generation.stored());
				answer.put("duration_ms", generation.durationMs());
				answer.put("generated_at", generation.generatedAt());
				yield ResponseEntity.ok(answer);
			}
			case EventTargeting.Outcome.Queued(Job job) -> {
				answer.put("status", job.status());
				answer.put("job_id", job.id().value());
				answer.put("job_url", "/api/audience/jobs/" + job.id().value());
				yield ResponseEntity.accepted().body(answer);
			}
			case EventTargeting.Outcome.WaitingForProfiles(Job job) -> {
				answer.put("status", "waiting_for_profiles");
				answer.put("detail",
						"The tenant has no profiles yet; the recommendations are generated when the first profile build ends.");
				answer.put("job_id", job.id().value());
				answer.put("job_url", "/api/audience/jobs/" + job.id().value());
				yield ResponseEntity.accepted().body(answer);
			}
		};
	}

	@GetMapping("/recommendations")
	Map<String, Object> recommendations(@Parameter(hidden = true) TenantId tenant, @PathVariable long eventId,
			@RequestParam(defaultValue = "100") int limit,
			@RequestParam(name = "min_score", defaultValue = "1") int minScore) {
		new Violations().check(limit >= 1 && limit <= MAX_LIMIT, "limit", "must be between 1 and " + MAX_LIMIT)
			.check(minScore >= 0 && minScore <= 100, "min_score", "must be between 0 and 100")
			.throwIfAny();
		return this.targeting.recommendations(tenant, eventId, limit, minScore);
	}

	@GetMapping("/recommendations/performance")
	Map<String, Object> performance(@Parameter(hidden = true) TenantId tenant, @PathVariable long eventId) {
		return this.targeting.performance(tenant, eventId);
	}

	/** Saves a static segment of the recommended customers with at least the score. */
	@PostMapping("/create-segment")
	ResponseEntity<Segment> createSegment(@PathVariable long eventId, @RequestBody SegmentRequest request) {
		TenantId tenant = this.access.resolve(request.tenantId());
		new Violations()
			.check(request.minScore() != null && request.minScore() >= 1 && request.minScore() <= 100, "/min_score",
					"is required, between 1 and 100")
			.check(request.name() != null && !request.name().isBlank(), "/name", "is required")
			.check(request.name() == null || request.name().length() <= 200, "/name", "must be at most 200 characters")
			.throwIfAny();
		Segment segment = this.targeting.createSegment(tenant, eventId, request.minScore(), request.name().strip());
		return ResponseEntity.status(HttpStatus.CREATED).body(segment);
	}

	record SegmentRequest(Long tenantId, Integer minScore, String name) {
	}

}
