package com.fanbase.segments.web;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Parameter;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.fanbase.segments.MemberUpload;
import com.fanbase.segments.Segment;
import com.fanbase.segments.SegmentMembers;
import com.fanbase.segments.SegmentRefresher;
import com.fanbase.segments.Segments;
import com.fanbase.tenants.TenantAccess;
import com.fanbase.tenants.TenantId;
import com.fanbase.web.Violations;

/**
 * A segment's members and history, and the editing of static segments' members.
 */
@RestController
@RequestMapping("/api/audience/segments")
class SegmentMemberController {

	private final Segments segments;

	private final SegmentMembers members;

	private final MemberUpload upload;

	private final SegmentRefresher refresher;

	private final TenantAccess access;

	SegmentMemberController(Segments segments, SegmentMembers members, MemberUpload upload, SegmentRefresher refresher,
			TenantAccess access) {
		this.segments = segments;
		this.members = members;
		this.upload = upload;
		this.refresher = refresher;
		this.access = access;
	}

	@GetMapping("/{id}/customers")
	Map<String, Object> customers(@Parameter(hidden = true) TenantId tenant, @PathVariable long id,
			@RequestParam(name = "after_id", defaultValue = "0") long afterId,
			@RequestParam(defaultValue = "100") int limit) {
		new Violations().check(limit >= 1 && limit <= 1000, "limit", "must be between 1 and 1000").throwIfAny();
		this.segments.require(tenant, id);
		List<Map<String, Object>> items = this.members.members(tenant, id, afterId, limit);
		Object next = (items.size() == limit) ? items.get(items.size() - 1).get("customer_id") : null;
		return (next != null) ? Map.of("items", items, "next_after_id", next) : Map.of("items", items);
	}

	@GetMapping("/{id}/history")
	List<Map<String, Object>> history(@Parameter(hidden = true) TenantId tenant, @PathVariable long id,
			@RequestParam(defaultValue = "100") int limit) {
		new Violations().check(limit >= 1 && limit <= 1000, "limit", "must be between 1 and 1000").throwIfAny();
		this.segments.require(tenant, id);
		return this.members.history(tenant, id, limit);
	}

	/**
	 * Adds customers to a static segment; answers which ids are not the tenant's
	 * customers.
	 */
	@PostMapping("/{id}/members")
	Map<String, Object> addMembers(@PathVariable long id, @RequestBody MembersRequest request) {
		TenantId tenant = staticSegment(request, id);
		List<Long> unknown = this.members.add(tenant, id, request.customerIds());
		this.refresher.refresh(tenant, id);
		return Map.of("unknown_customer_ids", unknown, "member_count", this.segments.require(tenant, id).memberCount());
	}

	/** Adds members to a static segment from a CSV body of customer ids or emails. */
	@PostMapping(path = "/{id}/members/upload", consumes = "text/csv")
	Map<String, Object> uploadMembers(@Parameter(hidden = true) TenantId tenant, @PathVariable long id,
			HttpServletRequest request) throws IOException {
		Segment segment = this.segments.require(tenant, id);
		new Violations()
			.check(segment.segmentType().equals("static"), "segment_type",
					"members can be uploaded only to static segments")
			.throwIfAny();
		MemberUpload.Result result = this.upload.upload(tenant, id, request.getInputStream());
		this.refresher.refresh(tenant, id);
		return Map.of("lines", result.lines(), "added", result.added(), "rejected", result.rejected(), "errors",
				result.errors(), "member_count", this.segments.require(tenant, id).memberCount());
	}

	@PostMapping("/{id}/members/remove")
	Map<String, Object> removeMembers(@PathVariable long id, @RequestBody MembersRequest request) {
		TenantId tenant = staticSegment(request, id);
		this.members.remove(tenant, id, request.customerIds());
		this.refresher.refresh(tenant, id);
		return Map.of("member_count", this.segments.require(tenant, id).memberCount());
	}

	private TenantId staticSegment(MembersRequest request, long id) {
		TenantId tenant = this.access.resolve(request.tenantId());
		Segment segment = this.segments.require(tenant, id);
		new Violations()
			.check(segment.segmentType().equals("static"), "/customer_ids",
					"members can be edited only in static segments")
			.check(request.customerIds() != null && !request.customerIds().isEmpty(), "/customer_ids",
					"must list at least one customer id")
			.check(request.customerIds() == null || request.customerIds().size() <= 100_000, "/customer_ids",
					"must list at most 100000 ids")
			.throwIfAny();
		return tenant;
	}

	record MembersRequest(Long tenantId, List<Long> customerIds) {
	}

}
