package com.fanbase.admin;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.fanbase.campaigns.Campaign;
import com.fanbase.campaigns.CampaignChanges;
import com.fanbase.campaigns.CampaignFilter;
import com.fanbase.campaigns.CampaignNotLaunchableException;
import com.fanbase.campaigns.CampaignStatus;
import com.fanbase.campaigns.CampaignType;
import com.fanbase.campaigns.Campaigns;
import com.fanbase.campaigns.stats.CampaignReports;
import com.fanbase.campaigns.stats.CampaignStats;
import com.fanbase.ingestion.CoreRecords;
import com.fanbase.segments.Segment;
import com.fanbase.segments.Segments;
import com.fanbase.tenants.TenantId;
import com.fanbase.web.FieldProblem;
import com.fanbase.web.InvalidRequestException;

/**
 * Campaigns: the list with their results, one campaign's settings, launch figures, stats
 * and funnel, Launch now and Cancel; the dashboard's campaign card. While a campaign is
 * sending (or scheduled) its page polls itself.
 */
@Controller
class CampaignPagesController {

	static final Duration OVERVIEW_PERIOD = Duration.ofDays(30);

	private final Campaigns campaigns;

	private final CampaignReports reports;

	private final Segments segments;

	private final CoreRecords records;

	private final Clock clock;

	CampaignPagesController(Campaigns campaigns, CampaignReports reports, Segments segments, CoreRecords records,
			Clock clock) {
		this.campaigns = campaigns;
		this.reports = reports;
		this.segments = segments;
		this.records = records;
		this.clock = clock;
	}

	/** A campaign in the list with its stats (null before anything was sent). */
	record Row(Campaign campaign, CampaignStats stats) {
	}

	@GetMapping("/admin/campaigns")
	String list(@AuthenticationPrincipal AdminUser user, @RequestParam(defaultValue = "") String status,
			@RequestParam(defaultValue = "") String type, Model model) {
		TenantId tenant = user.tenant();
		CampaignStatus byStatus = CampaignStatus.find(status).orElse(null);
		CampaignType byType = CampaignType.find(type).orElse(null);
		List<Row> rows = this.campaigns.list(tenant, new CampaignFilter(byStatus, byType, null))
			.stream()
			.map((campaign) -> new Row(campaign, this.reports.stats(tenant, campaign.id()).orElse(null)))
			.toList();
		Map<Long, String> names = new LinkedHashMap<>();
		this.segments.list(tenant).forEach((segment) -> names.put(segment.id(), segment.name()));
		model.addAttribute("rows", rows);
		model.addAttribute("segmentNames", names);
		model.addAttribute("eventNames", eventNames(tenant, rows));
		model.addAttribute("status", (byStatus != null) ? byStatus.id() : "");
		model.addAttribute("type", (byType != null) ? byType.id() : "");
		model.addAttribute("statuses", CampaignStatus.values());
		model.addAttribute("types", CampaignType.values());
		model.addAttribute("filtered", byStatus != null || byType != null);
		return "admin/campaigns/list";
	}

	@GetMapping("/admin/campaigns/{id:\\d+}")
	String detail(@AuthenticationPrincipal AdminUser user, @PathVariable long id, Model model) {
		fill(user.tenant(), id, model);
		return "admin/campaigns/detail";
	}

	/** The status and figures alone, for the page's polling. */
	@GetMapping("/admin/campaigns/{id:\\d+}/status")
	String status(@AuthenticationPrincipal AdminUser user, @PathVariable long id, Model model) {
		fill(user.tenant(), id, model);
		return "admin/campaigns/detail :: status";
	}

	@PostMapping("/admin/campaigns/{id:\\d+}/launch")
	String launch(@AuthenticationPrincipal AdminUser user, @PathVariable long id, RedirectAttributes redirect) {
		try {
			Campaign campaign = this.campaigns.launch(user.tenant(), id, user.role());
			redirect.addFlashAttribute("notice", "Launched: the campaign is " + campaign.status().id() + ".");
		}
		catch (RuntimeException ex) {
			redirect.addFlashAttribute("error", refusal(ex));
		}
		return "redirect:/admin/campaigns/" + id;
	}

	@PostMapping("/admin/campaigns/{id:\\d+}/cancel")
	String cancel(@AuthenticationPrincipal AdminUser user, @PathVariable long id, RedirectAttributes redirect) {
		try {
			this.campaigns.cancel(user.tenant(), id);
			redirect.addFlashAttribute("notice", "Cancelled the campaign.");
		}
		catch (RuntimeException ex) {
			redirect.addFlashAttribute("error", refusal(ex));
		}
		return "redirect:/admin/campaigns/" + id;
	}

	/**
	 * Records what a launched campaign has cost so far (ad spend), for its ROAS; before
	 * launch the cost is part of the form.
	 */
	@PostMapping("/admin/campaigns/{id:\\d+}/cost")
	String cost(@AuthenticationPrincipal AdminUser user, @PathVariable long id,
			@RequestParam(defaultValue = "") String cost, RedirectAttributes redirect) {
		try {
			Long cents = CampaignForm.cents("/cost_cents", cost);
			if (cents == null) {
				redirect.addFlashAttribute("error", "Enter the cost, such as 250.00.");
			}
			else {
				Campaign campaign = this.campaigns.update(user.tenant(), id, CampaignChanges.cost(cents), user.actor());
				redirect.addFlashAttribute("notice",
						"Recorded the cost: "
								+ BigDecimal.valueOf(campaign.costCents()).movePointLeft(2).toPlainString() + " "
								+ campaign.currency() + ".");
			}
		}
		catch (InvalidRequestException ex) {
			redirect.addFlashAttribute("error",
					"The cost " + String.join("; ", ex.errors().stream().map(FieldProblem::message).toList()) + ".");
		}
		catch (RuntimeException ex) {
			redirect.addFlashAttribute("error", refusal(ex));
		}
		return "redirect:/admin/campaigns/" + id;
	}

	/**
	 * The dashboard's campaign card, loaded after the page (the totals read every recent
	 * campaign's stats).
	 */
	@GetMapping("/admin/campaigns/overview")
	String overview(@AuthenticationPrincipal AdminUser user, Model model) {
		model.addAttribute("overview",
				this.reports.overview(user.tenant(), this.clock.instant().minus(OVERVIEW_PERIOD)));
		model.addAttribute("currency", user.currency());
		return "admin/campaigns/overview :: card";
	}

	private void fill(TenantId tenant, long id, Model model) {
		Campaign campaign = this.campaigns.require(tenant, id);
		CampaignStats stats = this.reports.stats(tenant, id).orElse(null);
		model.addAttribute("campaign", campaign);
		model.addAttribute("stats", stats);
		model.addAttribute("segment", this.segments.find(tenant, campaign.segmentId()).map(Segment::name).orElse(null));
		model.addAttribute("event", (campaign.eventId() != null)
				? this.records.event(tenant, campaign.eventId()).map((event) -> (Object) event.get("name")).orElse(null)
				: null);
		model.addAttribute("sending", campaign.status() == CampaignStatus.SENDING);
		model.addAttribute("polling",
				campaign.status() == CampaignStatus.SENDING || campaign.status() == CampaignStatus.SCHEDULED);
		model.addAttribute("launchable", campaign.status().canBecome(CampaignStatus.SENDING));
		model.addAttribute("cancellable", campaign.status().canBecome(CampaignStatus.CANCELLED));
		// After launch the cost (ad spend) can still be recorded; not while the page
		// polls.
		model.addAttribute("costEditable", !campaign.status().isEditable()
				&& !campaign.status().equals(CampaignStatus.SENDING) && campaign.status() != CampaignStatus.CANCELLED);
		model.addAttribute("costText", (campaign.costCents() != null)
				? BigDecimal.valueOf(campaign.costCents()).movePointLeft(2).toPlainString() : "");
		model.addAttribute("funnelChart", CampaignFunnelChart.of(stats));
	}

	private Map<Long, Object> eventNames(TenantId tenant, List<Row> rows) {
		Map<Long, Object> names = new LinkedHashMap<>();
		rows.stream()
			.map((row) -> row.campaign().eventId())
			.filter((event) -> event != null && !names.containsKey(event))
			.forEach((event) -> names.put(event,
					this.records.event(tenant, event).map((found) -> found.get("name")).orElse("Event " + event)));
		return names;
	}

	/**
	 * Why the campaign could not be launched or cancelled, in words; anything but a
	 * refusal is rethrown.
	 */
	private static String refusal(RuntimeException ex) {
		if (ex instanceof CampaignNotLaunchableException refused) {
			return switch (refused.reason()) {
				case "platform_not_configured" ->
					"Not launched: " + platformText(refused) + " Set the credentials on the Exports › Platforms page.";
				case "empty_segment" -> "Not launched: the segment has no members.";
				default -> "Not launched: " + detailOf(refused);
			};
		}
		if (ex instanceof ErrorResponse known && known.getStatusCode().is4xxClientError()) {
			return detailOf(known);
		}
		throw ex;
	}

	private static String platformText(CampaignNotLaunchableException refused) {
		return refused.platform()
			.map((platform) -> platform.label() + " is not configured.")
			.orElseGet(() -> detailOf(refused));
	}

	private static String detailOf(ErrorResponse known) {
		String detail = known.getBody().getDetail();
		return (detail != null) ? detail : known.getBody().getTitle();
	}

}
