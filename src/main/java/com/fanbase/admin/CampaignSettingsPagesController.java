package com.fanbase.admin;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.fanbase.campaigns.CampaignSettings;
import com.fanbase.campaigns.CampaignSettingsStore;
import com.fanbase.web.FieldProblem;
import com.fanbase.web.InvalidRequestException;

/**
 * Campaign settings: the frequency cap and the attribution window, and how to set up
 * Brevo's webhook. The webhook secret is issued through the API only (its issuing is not
 * part of the campaigns module's public API), so the page shows the call to make.
 */
@Controller
class CampaignSettingsPagesController {

	static final List<String> FIELDS = List.of("frequency_cap_emails", "frequency_cap_hours", "attribution_days");

	private final CampaignSettingsStore store;

	private final String publicUrl;

	CampaignSettingsPagesController(CampaignSettingsStore store,
			@Value("${fanbase.public-url:http://localhost:8080}") String publicUrl) {
		this.store = store;
		this.publicUrl = publicUrl.replaceAll("/+$", "");
	}

	@GetMapping("/admin/campaigns/settings")
	String settings(@AuthenticationPrincipal AdminUser user, Model model) {
		CampaignSettings settings = this.store.get(user.tenant());
		return show(
				user, List.of(String.valueOf(settings.frequencyCapEmails()),
						String.valueOf(settings.frequencyCapHours()), String.valueOf(settings.attributionDays())),
				Map.of(), model);
	}

	@PostMapping("/admin/campaigns/settings")
	String save(@AuthenticationPrincipal AdminUser user,
			@RequestParam(name = "frequency_cap_emails", defaultValue = "") String emails,
			@RequestParam(name = "frequency_cap_hours", defaultValue = "") String hours,
			@RequestParam(name = "attribution_days", defaultValue = "") String days, Model model,
			RedirectAttributes redirect) {
		List<String> values = List.of(emails.strip(), hours.strip(), days.strip());
		Map<String, String> errors = new LinkedHashMap<>();
		int[] numbers = new int[values.size()];
		for (int i = 0; i < values.size(); i++) {
			try {
				numbers[i] = Integer.parseInt(values.get(i));
			}
			catch (NumberFormatException ex) {
				errors.put(FIELDS.get(i), "must be a whole number");
			}
		}
		if (errors.isEmpty()) {
			try {
				this.store.save(user.tenant(), new CampaignSettings(numbers[0], numbers[1], numbers[2]));
				redirect.addFlashAttribute("notice", "Saved the campaign settings.");
				return "redirect:/admin/campaigns/settings";
			}
			catch (InvalidRequestException ex) {
				for (FieldProblem problem : ex.errors()) {
					errors.merge(problem.pointer().replaceFirst("^/", ""), problem.message(),
							(first, next) -> first + "; " + next);
				}
			}
		}
		return show(user, values, errors, model);
	}

	private String show(AdminUser user, List<String> values, Map<String, String> errors, Model model) {
		Map<String, String> form = new LinkedHashMap<>();
		for (int i = 0; i < FIELDS.size(); i++) {
			form.put(FIELDS.get(i), values.get(i));
		}
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("defaults", CampaignSettings.DEFAULTS);
		model.addAttribute("webhookUrl", this.publicUrl + "/api/audience/webhooks/brevo");
		model.addAttribute("issueUrl",
				this.publicUrl + "/api/audience/campaign-settings/webhook-secret?tenant_id=" + user.tenantId());
		return "admin/campaigns/settings";
	}

}
