package com.fanbase.admin;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.fanbase.campaigns.CampaignSettings;
import com.fanbase.campaigns.CampaignSettingsStore;
import com.fanbase.campaigns.stats.CampaignWebhooks;
import com.fanbase.web.FieldProblem;
import com.fanbase.web.InvalidRequestException;

/**
 * Campaign settings: the frequency cap and the attribution window, and Brevo's webhook:
 * whether its secret is set, and issuing or rotating it, shown once on the answer page
 * (never kept in the session).
 */
@Controller
class CampaignSettingsPagesController {

	static final List<String> FIELDS = List.of("frequency_cap_emails", "frequency_cap_hours", "attribution_days");

	private final CampaignSettingsStore store;

	private final CampaignWebhooks webhooks;

	CampaignSettingsPagesController(CampaignSettingsStore store, CampaignWebhooks webhooks) {
		this.store = store;
		this.webhooks = webhooks;
	}

	@GetMapping("/admin/campaigns/settings")
	String settings(@AuthenticationPrincipal AdminUser user, Model model) {
		return show(user, saved(user), Map.of(), model);
	}

	@PostMapping("/admin/campaigns/settings/webhook-secret")
	String issueWebhookSecret(@AuthenticationPrincipal AdminUser user, Model model) {
		model.addAttribute("issued", this.webhooks.issue(user.tenant()));
		return show(user, saved(user), Map.of(), model);
	}

	private List<String> saved(AdminUser user) {
		CampaignSettings settings = this.store.get(user.tenant());
		return List.of(String.valueOf(settings.frequencyCapEmails()), String.valueOf(settings.frequencyCapHours()),
				String.valueOf(settings.attributionDays()));
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
		model.addAttribute("webhookUrl", this.webhooks.endpoint());
		model.addAttribute("webhookEvents", String.join(", ", CampaignWebhooks.EVENTS));
		model.addAttribute("hasSecret", this.webhooks.hasSecret(user.tenant()));
		return "admin/campaigns/settings";
	}

}
