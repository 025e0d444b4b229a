package com.fanbase.segments.web;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.swagger.v3.oas.annotations.Parameter;
import tools.jackson.databind.JsonNode;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import com.fanbase.segments.Segment;
import com.fanbase.segments.SegmentPreview;
import com.fanbase.segments.SegmentPreviewer;
import com.fanbase.segments.SegmentRefresh;
import com.fanbase.segments.SegmentRefresher;
import com.fanbase.segments.Segments;
import com.fanbase.segments.rules.CriteriaParser;
import com.fanbase.segments.rules.CriteriaWriter;
import com.fanbase.segments.rules.Rule;
import com.fanbase.segments.rules.SegmentReferences;
import com.fanbase.tenants.TenantAccess;
import com.fanbase.tenants.TenantId;
import com.fanbase.web.InvalidRequestException;
import com.fanbase.web.Violations;

@RestController
@RequestMapping("/api/audience/segments")
class SegmentController {

	private static final int MAX_SAMPLE = 100;

	private static final Set<String> TYPES = Set.of("dynamic", "static");

	private final SegmentPreviewer previewer;

	private final Segments segments;

	private final SegmentRefresher refresher;

	private final TenantAccess access;

	SegmentController(SegmentPreviewer previewer, Segments segments, SegmentRefresher refresher, TenantAccess access) {
		this.previewer = previewer;
		this.segments = segments;
		this.refresher = refresher;
		this.access = access;
	}

	/** Answers what a segment with these criteria would hold, without saving it. */
	@PostMapping("/preview")
	SegmentPreview preview(@RequestBody PreviewRequest request) {
		TenantId tenant = this.access.resolve(request.tenantId());
		int sampleSize = (request.sampleSize() != null) ? request.sampleSize() : 10;
		new Violations()
			.check(sampleSize >= 0 && sampleSize <= MAX_SAMPLE, "/sample_size", "must be between 0 and " + MAX_SAMPLE)
			.throwIfAny();
		Rule rule = this.previewer.parse(tenant, request.criteria(), "/criteria");
		return this.previewer.preview(tenant, rule, sampleSize);
	}

	/** Saves a segment; a dynamic one is filled at once. */
	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	Segment create(@RequestBody SegmentRequest request) {
		TenantId tenant = this.access.resolve(request.tenantId());
		String type = Optional.ofNullable(request.segmentType()).orElse("dynamic");
		new Violations().check(request.name() != null && !request.name().isBlank(), "/name", "is required")
			.check(TYPES.contains(type), "/segment_type",
					type.equals("lookalike") ? "lookalike segments are not available yet" : "must be dynamic or static")
			.check(request.refreshIntervalMinutes() == null || request.refreshIntervalMinutes() >= 5,
					"/refresh_interval_minutes", "must be at least 5")
			.throwIfAny();
		JsonNode criteria = type.equals("dynamic") ? normalized(tenant, request.criteria()) : null;
		Segment segment = this.segments.create(tenant, request.name().strip(), type, criteria,
				request.refreshIntervalMinutes());
		if (type.equals("dynamic")) {
			this.refresher.refresh(tenant, segment.id());
		}
		return this.segments.require(tenant, segment.id());
	}

	@GetMapping
	List<Segment> list(@Parameter(hidden = true) TenantId tenant) {
		return this.segments.list(tenant);
	}

	@GetMapping("/{id}")
	Segment get(@Parameter(hidden = true) TenantId tenant, @PathVariable long id) {
		return this.segments.require(tenant, id);
	}

	@PatchMapping("/{id}")
	Segment update(@PathVariable long id, @RequestBody SegmentRequest request) {
		TenantId tenant = this.access.resolve(request.tenantId());
		Segment segment = this.segments.require(tenant, id);
		JsonNode criteria = null;
		if (request.criteria() != null) {
			new Violations()
				.check(segment.segmentType().equals("dynamic"), "/criteria", "only dynamic segments have criteria")
				.throwIfAny();
			criteria = normalized(tenant, request.criteria());
			SegmentReferences.requireAcyclic(id, CriteriaParser.parse(criteria, "/criteria"), "/criteria",
					(other) -> this.segments.find(tenant, other)
						.filter((found) -> found.criteria() != null)
						.map((found) -> CriteriaParser.parse(found.criteria(), "/criteria")));
		}
		this.segments.update(tenant, id, request.name(), criteria, request.refreshIntervalMinutes());
		if (criteria != null) {
			this.refresher.refresh(tenant, id);
		}
		return this.segments.require(tenant, id);
	}

	@DeleteMapping("/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void delete(@Parameter(hidden = true) TenantId tenant, @PathVariable long id) {
		this.segments.delete(tenant, id);
	}

	@PostMapping("/{id}/refresh")
	SegmentRefresh refresh(@PathVariable long id, @RequestBody(required = false) TenantBody body) {
		return this.refresher.refresh(this.access.resolve((body != null) ? body.tenantId() : null), id);
	}

	private JsonNode normalized(TenantId tenant, JsonNode criteria) {
		if (criteria == null) {
			throw new InvalidRequestException("/criteria", "is required for a dynamic segment");
		}
		return CriteriaWriter.write(this.previewer.parse(tenant, criteria, "/criteria"));
	}

	record PreviewRequest(Long tenantId, JsonNode criteria, Integer sampleSize) {
	}

	record SegmentRequest(Long tenantId, String name, String segmentType, JsonNode criteria,
			Integer refreshIntervalMinutes) {
	}

	record TenantBody(Long tenantId) {
	}

}
