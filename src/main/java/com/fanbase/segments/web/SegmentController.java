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

	private static final Set<String> TYPES = Set.of("dynamic", "static", "lookalike");

	private static final int MAX_LOOKALIKE = 1_000_000;

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

	/** Saves a segment; a dynamic or lookalike one is filled at once. */
	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	Segment create(@RequestBody SegmentRequest request) {
		TenantId tenant = this.access.resolve(request.tenantId());
		String type = Optional.ofNullable(request.segmentType()).orElse("dynamic");
		boolean lookalike = type.equals("lookalike");
		new Violations().check(request.name() != null && !request.name().isBlank(), "/name", "is required")
			.check(TYPES.contains(type), "/segment_type", "must be dynamic, static or lookalike")
			.check(request.refreshIntervalMinutes() == null || request.refreshIntervalMinutes() >= 5,
					"/refresh_interval_minutes", "must be at least 5")
			.check(lookalike || request.sourceSegmentId() == null, "/source_segment_id",
					"only lookalike segments have a source")
			.check(lookalike || (request.size() == null && request.ratio() == null), "/size",
					"only lookalike segments have a size")
			.throwIfAny();
		if (lookalike) {
			checkLookalike(tenant, request);
		}
		JsonNode criteria = type.equals("dynamic") ? normalized(tenant, request.criteria()) : null;
		Segment segment = lookalike
				? this.segments.createLookalike(tenant, request.name().strip(), request.sourceSegmentId(),
						request.size(), request.ratio())
				: this.segments.create(tenant, request.name().strip(), type, criteria,
						request.refreshIntervalMinutes());
		if (!type.equals("static")) {
			this.refresher.refresh(tenant, segment.id());
		}
		return this.segments.require(tenant, segment.id());
	}

	private void checkLookalike(TenantId tenant, SegmentRequest request) {
		new Violations()
			.check(request.sourceSegmentId() != null, "/source_segment_id", "is required for a lookalike segment")
			.check(request.criteria() == null, "/criteria", "a lookalike segment has a source, not criteria")
			.throwIfAny();
		checkLookalikeSize(request, true);
		Optional<Segment> source = this.segments.find(tenant, request.sourceSegmentId());
		new Violations().check(source.isPresent(), "/source_segment_id", "refers to no segment of this tenant")
			.check(source.isEmpty() || source.get().memberCount() > 0, "/source_segment_id",
					"the source segment has no members to look like")
			.throwIfAny();
	}

	private static void checkLookalikeSize(SegmentRequest request, boolean required) {
		new Violations()
			.check(request.size() == null || request.ratio() == null, "/size", "give either size or ratio, not both")
			.check(!required || request.size() != null || request.ratio() != null, "/size",
					"is required (or ratio, a share of the tenant's customers)")
			.check(request.size() == null || (request.size() >= 1 && request.size() <= MAX_LOOKALIKE), "/size",
					"must be between 1 and " + MAX_LOOKALIKE)
			.check(request.ratio() == null || (request.ratio() > 0 && request.ratio() <= 0.5), "/ratio",
					"must be more than 0 and at most 0.5")
			.throwIfAny();
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
		new Violations()
			.check(request.sourceSegmentId() == null, "/source_segment_id",
					"cannot be changed; create another lookalike instead")
			.check(segment.isLookalike() || (request.size() == null && request.ratio() == null), "/size",
					"only lookalike segments have a size")
			.throwIfAny();
		checkLookalikeSize(request, false);
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
		boolean resized = request.size() != null || request.ratio() != null;
		if (resized) {
			this.segments.resize(tenant, id, null, request.size(), request.ratio());
		}
		if (criteria != null || resized) {
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
			Integer refreshIntervalMinutes, Long sourceSegmentId, Integer size, Double ratio) {
	}

	record TenantBody(Long tenantId) {
	}

}
