package com.fanbase.campaigns.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Parameter;
import tools.jackson.databind.JsonNode;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import com.fanbase.campaigns.Campaign;
import com.fanbase.campaigns.CampaignChannel;
import com.fanbase.campaigns.CampaignFilter;
import com.fanbase.campaigns.CampaignStatus;
import com.fanbase.campaigns.CampaignType;
import com.fanbase.campaigns.Campaigns;
import com.fanbase.tenants.Actor;
import com.fanbase.tenants.TenantAccess;
import com.fanbase.tenants.TenantId;
import com.fanbase.web.InvalidRequestException;
import com.fanbase.web.Violations;

/**
 * Campaigns: create, list, read, change, launch, cancel. Launch refusals are 422
 * ({@code campaign-not-launchable}, with a {@code reason}); a request the status does not
 * allow is 409 ({@code campaign-state-conflict}, naming the status).
 */
@RestController
@RequestMapping("/api/audience/campaigns")
class CampaignController {

	private final Campaigns campaigns;

	private final TenantAccess access;

	CampaignController(Campaigns campaigns, TenantAccess access) {
		this.campaigns = campaigns;
		this.access = access;
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	Map<String, Object> create(@RequestBody JsonNode body) {
		TenantId tenant = this.access.resolve(tenantId(body, null));
		return view(this.campaigns.create(tenant, CampaignRequests.draft(body), TenantAccess.currentCaller().actor()));
	}

	@GetMapping
	List<Map<String, Object>> list(@Parameter(hidden = true) TenantId tenant,
			@RequestParam(required = false) String status,
			@RequestParam(name = "campaign_type", required = false) String type,
			@RequestParam(name = "event_id", required = false) String eventId) {
		Violations violations = new Violations();
		CampaignStatus statusFilter = (status != null) ? CampaignStatus.find(status).orElse(null) : null;
		violations.check(status == null || statusFilter != null, "status",
				"must be draft, scheduled, sending, sent, active, completed, failed or cancelled");
		CampaignType typeFilter = (type != null) ? CampaignType.find(type).orElse(null) : null;
		violations.check(type == null || typeFilter != null, "campaign_type",
				"must be email, meta_ads, google_ads, tiktok_ads or multi_channel");
		Long event = null;
		if (eventId != null) {
			try {
				event = Long.parseLong(eventId.strip());
			}
			catch (NumberFormatException ex) {
				violations.add("event_id", "must be an integer");
			}
		}
		violations.throwIfAny();
		return this.campaigns.list(tenant, new CampaignFilter(statusFilter, typeFilter, event))
			.stream()
			.map(CampaignController::view)
			.toList();
	}

	@GetMapping("/{id}")
	Map<String, Object> get(@Parameter(hidden = true) TenantId tenant, @PathVariable long id) {
		return view(this.campaigns.require(tenant, id));
	}

	@PatchMapping("/{id}")
	Map<String, Object> update(@PathVariable long id, @RequestBody JsonNode body,
			@RequestParam(name = "tenant_id", required = false) Long tenantId) {
		TenantId tenant = this.access.resolve(tenantId(body, tenantId));
		return view(this.campaigns.update(tenant, id, CampaignRequests.changes(body),
				TenantAccess.currentCaller().actor()));
	}

	@PostMapping("/{id}/launch")
	@ResponseStatus(HttpStatus.ACCEPTED)
	Map<String, Object> launch(@PathVariable long id, @RequestBody(required = false) JsonNode body,
			@RequestParam(name = "tenant_id", required = false) Long tenantId) {
		return view(this.campaigns.launch(this.access.resolve(tenantId(body, tenantId)), id,
				TenantAccess.currentCaller().actor().role()));
	}

	@PostMapping("/{id}/cancel")
	Map<String, Object> cancel(@PathVariable long id, @RequestBody(required = false) JsonNode body,
			@RequestParam(name = "tenant_id", required = false) Long tenantId) {
		return view(this.campaigns.cancel(this.access.resolve(tenantId(body, tenantId)), id));
	}

	/** The tenant named in the body or the query (they must agree). */
	private static Long tenantId(JsonNode body, Long query) {
		JsonNode value = (body != null) ? body.path("tenant_id") : null;
		if (value == null || value.isMissingNode() || value.isNull()) {
			return query;
		}
		if (!value.isIntegralNumber()) {
			throw new InvalidRequestException("/tenant_id", "must be a positive integer");
		}
		if (query != null && query != value.asLong()) {
			throw new InvalidRequestException("tenant_id", "the query and the body name different tenants");
		}
		return value.asLong();
	}

	static Map<String, Object> view(Campaign campaign) {
		Map<String, Object> view = new LinkedHashMap<>();
		view.put("id", campaign.id());
		view.put("tenant_id", campaign.tenantId());
		view.put("segment_id", campaign.segmentId());
		view.put("event_id", campaign.eventId());
		view.put("name", campaign.name());
		view.put("campaign_type", campaign.type().id());
		view.put("status", campaign.status().id());
		view.put("settings", campaign.settings());
		view.put("scheduled_at", campaign.scheduledAt());
		view.put("holdout_percent", campaign.holdoutPercent());
		view.put("budget_cents", campaign.budgetCents());
		view.put("cost_cents", campaign.costCents());
		view.put("currency", campaign.currency());
		view.put("channels", campaign.channels().stream().map(CampaignController::channel).toList());
		Map<String, Object> figures = new LinkedHashMap<>();
		figures.put("segment_members", campaign.figures().segmentMembers());
		figures.put("targeted", campaign.figures().targeted());
		figures.put("held_out", campaign.figures().heldOut());
		figures.put("capped", campaign.figures().capped());
		figures.put("without_consent", campaign.figures().withoutConsent());
		figures.put("suppressed", campaign.figures().suppressed());
		view.put("figures", figures);
		view.put("error", campaign.error());
		view.put("launched_at", campaign.launchedAt());
		view.put("sent_at", campaign.sentAt());
		view.put("completed_at", campaign.completedAt());
		view.put("cancelled_at", campaign.cancelledAt());
		view.put("created_at", campaign.createdAt());
		view.put("updated_at", campaign.updatedAt());
		view.put("scheduled_by", scheduledBy(campaign.scheduledBy()));
		return view;
	}

	/** Who scheduled it, as the audit log names actors; null unless scheduled. */
	private static Map<String, Object> scheduledBy(Actor actor) {
		if (actor == null) {
			return null;
		}
		Map<String, Object> view = new LinkedHashMap<>();
		view.put("type", actor.type());
		view.put("id", actor.id());
		view.put("role", (actor.role() != null) ? actor.role().id() : null);
		return view;
	}

	private static Map<String, Object> channel(CampaignChannel channel) {
		Map<String, Object> view = new LinkedHashMap<>();
		view.put("channel", channel.channel().id());
		view.put("status", channel.status().id());
		view.put("brevo_list_id", channel.brevoListId());
		view.put("brevo_campaign_id", channel.brevoCampaignId());
		view.put("export_id", channel.exportId());
		view.put("platform_campaign_id", channel.platformCampaignId());
		view.put("spend_cents", channel.spendCents());
		view.put("spend_synced_at", channel.spendSyncedAt());
		view.put("error", channel.error());
		return view;
	}

}
