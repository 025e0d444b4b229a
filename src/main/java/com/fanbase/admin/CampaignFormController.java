package com.fanbase.admin;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.fanbase.campaigns.Campaign;
import com.fanbase.campaigns.CampaignType;
import com.fanbase.campaigns.Campaigns;
import com.fanbase.ingestion.CoreRecords;
import com.fanbase.segments.Segments;
import com.fanbase.tenants.TenantId;
import com.fanbase.web.FieldProblem;
import com.fanbase.web.InvalidRequestException;

/**
 * The new-campaign and edit-campaign form (edit only while draft or scheduled). A refused
 * save shows the form again with the typed values and each problem beside its field.
 */
@Controller
class CampaignFormController {

	/** Events offered in the form's select, upcoming first. */
	private static final int EVENTS_OFFERED = 200;

	private final Campaigns campaigns;

	private final Segments segments;

	private final CoreRecords records;

	CampaignFormController(Campaigns campaigns, Segments segments, CoreRecords records) {
		this.campaigns = campaigns;
		this.segments = segments;
		this.records = records;
	}

	@GetMapping("/admin/campaigns/new")
	String create(@AuthenticationPrincipal AdminUser user, Model model) {
		return show(user.tenant(), CampaignForm.blank(), null, List.of(), model);
	}

	@PostMapping("/admin/campaigns")
	String save(@AuthenticationPrincipal AdminUser user, @ModelAttribute CampaignForm form, Model model,
			RedirectAttributes redirect) {
		TenantId tenant = user.tenant();
		try {
			Campaign campaign = this.campaigns.create(tenant, form.draft(), user.actor());
			redirect.addFlashAttribute("notice",
					"Created the campaign \"" + campaign.name() + "\" (" + campaign.status().id() + ").");
			return "redirect:/admin/campaigns/" + campaign.id();
		}
		catch (RuntimeException ex) {
			return show(tenant, form, null, problems(ex), model);
		}
	}

	@GetMapping("/admin/campaigns/{id:\\d+}/edit")
	String edit(@AuthenticationPrincipal AdminUser user, @PathVariable long id, Model model,
			RedirectAttributes redirect) {
		Campaign campaign = this.campaigns.require(user.tenant(), id);
		if (!campaign.status().isEditable()) {
			redirect.addFlashAttribute("error", notEditable(campaign));
			return "redirect:/admin/campaigns/" + id;
		}
		return show(user.tenant(), CampaignForm.of(campaign), campaign, List.of(), model);
	}

	@PostMapping("/admin/campaigns/{id:\\d+}/edit")
	String update(@AuthenticationPrincipal AdminUser user, @PathVariable long id, @ModelAttribute CampaignForm form,
			Model model, RedirectAttributes redirect) {
		TenantId tenant = user.tenant();
		Campaign campaign = this.campaigns.require(tenant, id);
		if (!campaign.status().isEditable()) {
			redirect.addFlashAttribute("error", notEditable(campaign));
			return "redirect:/admin/campaigns/" + id;
		}
		try {
			Campaign saved = this.campaigns.update(tenant, id, form.changes(campaign), user.actor());
			redirect.addFlashAttribute("notice", "Saved the campaign (" + saved.status().id() + ").");
			return "redirect:/admin/campaigns/" + id;
		}
		catch (RuntimeException ex) {
			return show(tenant, form, campaign, problems(ex), model);
		}
	}

	private String show(TenantId tenant, CampaignForm form, Campaign campaign, List<FieldProblem> problems,
			Model model) {
		Map<String, String> errors = new LinkedHashMap<>();
		List<String> general = new ArrayList<>();
		for (FieldProblem problem : problems) {
			String field = CampaignForm.field(problem.pointer());
			if (field != null) {
				errors.merge(field, problem.message(), (first, next) -> first + "; " + next);
			}
			else {
				general.add(problem.pointer().isEmpty() ? problem.message()
						: Problems.where(problem.pointer()) + ": " + problem.message());
			}
		}
		List<Map<String, Object>> events = new ArrayList<>(this.records.eventsByDate(tenant, "", 0, EVENTS_OFFERED));
		if (campaign != null && campaign.eventId() != null
				&& events.stream().noneMatch((event) -> campaign.eventId().equals(event.get("id")))) {
			this.records.event(tenant, campaign.eventId()).ifPresent(events::add);
		}
		model.addAttribute("form", form);
		model.addAttribute("campaign", campaign);
		model.addAttribute("segments", this.segments.list(tenant));
		model.addAttribute("events", events);
		model.addAttribute("types", CampaignType.values());
		model.addAttribute("channels", CampaignType.Channel.values());
		model.addAttribute("errors", errors);
		model.addAttribute("generalErrors", general);
		return "admin/campaigns/form";
	}

	/**
	 * The problems of a refused save; a failure that is not the request's is rethrown.
	 */
	private static List<FieldProblem> problems(RuntimeException ex) {
		if (ex instanceof InvalidRequestException invalid) {
			return invalid.errors();
		}
		if (ex instanceof ErrorResponse known && known.getStatusCode().is4xxClientError()) {
			String detail = known.getBody().getDetail();
			return List.of(new FieldProblem("", (detail != null) ? detail : ex.getMessage()));
		}
		throw ex;
	}

	static String notEditable(Campaign campaign) {
		return "The campaign is " + campaign.status().id() + ": only draft and scheduled campaigns can be edited.";
	}

}
