package com.fanbase.segments.web;

import tools.jackson.databind.JsonNode;

import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import com.fanbase.segments.SegmentPreview;
import com.fanbase.segments.SegmentPreviewer;
import com.fanbase.segments.rules.Rule;
import com.fanbase.tenants.TenantAccess;
import com.fanbase.tenants.TenantId;
import com.fanbase.web.Violations;

@RestController
@RequestMapping("/api/audience/segments")
class SegmentController {

	private static final int MAX_SAMPLE = 100;

	private final SegmentPreviewer previewer;

	private final TenantAccess access;

	SegmentController(SegmentPreviewer previewer, TenantAccess access) {
		this.previewer = previewer;
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

	record PreviewRequest(Long tenantId, JsonNode criteria, Integer sampleSize) {
	}

}
