package com.fanbase.exports.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Parameter;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import com.fanbase.exports.Export;
import com.fanbase.exports.ExportFreshness;
import com.fanbase.exports.ExportRemoval;
import com.fanbase.exports.ExportRequests;
import com.fanbase.exports.Exports;
import com.fanbase.platforms.Platform;
import com.fanbase.platforms.PlatformCredentials;
import com.fanbase.platforms.PlatformNotConfiguredException;
import com.fanbase.platforms.Platforms;
import com.fanbase.tenants.TenantAccess;
import com.fanbase.tenants.TenantId;
import com.fanbase.web.InvalidRequestException;
import com.fanbase.web.Violations;

/**
 * Audience exports: define or re-sync one, follow it, read its request log, delete it.
 */
@RestController
@RequestMapping("/api/audience/exports")
class ExportController {

	private final Exports exports;

	private final ExportRemoval removal;

	private final ExportRequests requests;

	private final PlatformCredentials credentials;

	private final TenantAccess access;

	private final Platforms platforms;

	ExportController(Exports exports, ExportRemoval removal, ExportRequests requests, PlatformCredentials credentials,
			TenantAccess access, Platforms platforms) {
		this.platforms = platforms;
		this.exports = exports;
		this.removal = removal;
		this.requests = requests;
		this.credentials = credentials;
		this.access = access;
	}

	/** The four platforms: configured or not, credential state, retention and limits. */
	@GetMapping("/platforms")
	List<Map<String, Object>> platforms(@Parameter(hidden = true) TenantId tenant) {
		List<Map<String, Object>> answer = new ArrayList<>();
		for (Platform platform : this.platforms.all()) {
			Map<String, Object> row = new LinkedHashMap<>();
			row.put("platform", platform.id());
			var view = this.credentials.view(tenant, platform);
			row.put("configured", view.isPresent());
			row.put("credentials_status", view.map((found) -> found.status()).orElse(null));
			view.map((found) -> found.statusDetail()).ifPresent((detail) -> row.put("credentials_error", detail));
			row.put("retention_days", (platform.retentionDays() > 0) ? platform.retentionDays() : null);
			row.put("minimum_audience", platform.minimumAudience());
			row.put("consent", platform.consentColumn());
			var limits = this.platforms.adapter(platform).limits();
			row.put("batch_limits", Map.of("add", limits.add(), "remove", limits.remove()));
			answer.add(row);
		}
		return answer;
	}

	@PostMapping("/{platform}")
	ResponseEntity<Map<String, Object>> export(@PathVariable String platform, @RequestBody ExportRequest request) {
		Platform target = this.platforms.find(platform)
			.orElseThrow(() -> new InvalidRequestException("platform", "must be " + this.platforms.idsInWords()));
		TenantId tenant = this.access.resolve(request.tenantId());
		String name = (target.kind() == Platform.Kind.EMAIL) ? request.listName() : request.audienceName();
		String nameField = (target.kind() == Platform.Kind.EMAIL) ? "/list_name" : "/audience_name";
		new Violations().check(request.segmentId() != null && request.segmentId() > 0, "/segment_id", "is required")
			.check(name != null && !name.isBlank(), nameField, "is required")
			.check(name == null || name.strip().length() <= 128, nameField, "must be at most 128 characters")
			.throwIfAny();
		if (this.credentials.view(tenant, target).isEmpty()) {
			throw new PlatformNotConfiguredException(target);
		}
		Export export = this.exports.export(tenant, target, request.segmentId(), name.strip());
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("export_id", export.id());
		body.put("status", export.status());
		body.put("job_id", export.jobId());
		body.put("new_definition", export.syncs() == 0 && export.lastSyncedAt() == null);
		return ResponseEntity.status(HttpStatus.ACCEPTED).body(body);
	}

	@GetMapping
	List<Map<String, Object>> list(@Parameter(hidden = true) TenantId tenant,
			@RequestParam(required = false) String platform,
			@RequestParam(name = "segment_id", required = false) Long segmentId) {
		return this.exports.list(tenant, platform, segmentId).stream().map((export) -> view(tenant, export)).toList();
	}

	@GetMapping("/{id}")
	Map<String, Object> get(@Parameter(hidden = true) TenantId tenant, @PathVariable long id) {
		return view(tenant, this.exports.require(tenant, id));
	}

	@GetMapping("/{id}/requests")
	List<Map<String, Object>> requests(@Parameter(hidden = true) TenantId tenant, @PathVariable long id,
			@RequestParam(name = "after_id", defaultValue = "0") long afterId,
			@RequestParam(defaultValue = "100") int limit) {
		new Violations().check(limit >= 1 && limit <= 1000, "limit", "must be between 1 and 1000").throwIfAny();
		this.exports.require(tenant, id);
		return this.requests.list(tenant, id, afterId, limit);
	}

	/**
	 * Syncs again now; {@code full=true} re-sends every member instead of the changes.
	 */
	@PostMapping("/{id}/sync")
	@ResponseStatus(HttpStatus.ACCEPTED)
	Map<String, Object> sync(@Parameter(hidden = true) TenantId tenant, @PathVariable long id,
			@RequestParam(defaultValue = "false") boolean full) {
		return view(tenant, this.exports.sync(tenant, id, full));
	}

	/** Deletes the export and its audience on the platform. */
	@DeleteMapping("/{id}")
	ResponseEntity<Void> delete(@Parameter(hidden = true) TenantId tenant, @PathVariable long id) {
		this.removal.delete(tenant, id);
		return ResponseEntity.noContent().build();
	}

	private Map<String, Object> view(TenantId tenant, Export export) {
		Map<String, Object> view = new LinkedHashMap<>();
		view.put("id", export.id());
		view.put("platform", export.platform());
		view.put("segment_id", export.segmentId());
		view.put((export.platform().equals("brevo")) ? "list_name" : "audience_name", export.audienceName());
		view.put("status", export.status());
		view.put("external_audience_id", export.externalId());
		view.put("job_id", export.jobId());
		view.put("syncs", export.syncs());
		Map<String, Object> members = new LinkedHashMap<>();
		members.put("considered", export.considered());
		members.put("eligible", export.eligible());
		members.put("sent", export.sent());
		members.put("removed", export.removed());
		members.put("rejected", export.rejected());
		members.put("skipped_no_identifier", export.skipped());
		members.put("on_audience", export.synced());
		view.put("members", members);
		view.put("figures", export.figures());
		view.put("warnings", export.warnings());
		view.put("error", export.error());
		this.credentials.view(tenant, this.platforms.require(export.platform()))
			.filter((found) -> "invalid".equals(found.status()))
			.ifPresent((found) -> view.put("credentials_invalid", found.statusDetail()));
		view.put("expires_at", export.expiresAt());
		view.put("last_synced_at", export.lastSyncedAt());
		ExportFreshness.Freshness freshness = this.exports.freshness(tenant, export);
		view.put("members_as_of", freshness.membersAsOf());
		view.put("lag_seconds", freshness.lagSeconds());
		view.put("created_at", export.createdAt());
		view.put("updated_at", export.updatedAt());
		view.put("requests", this.requests.summary(tenant, export.id()));
		return view;
	}

	record ExportRequest(Long tenantId, Long segmentId, String audienceName, String listName) {
	}

}
