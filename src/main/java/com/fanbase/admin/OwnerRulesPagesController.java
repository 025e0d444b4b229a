package com.fanbase.admin;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.fanbase.tenants.OwnerRuleSettings;
import com.fanbase.tenants.OwnerRules;

/**
 * The owners' page for the tenant's owner rules: which sensitive actions need an owner
 * (the same settings as {@code /api/audience/settings/owner-rules}). Under
 * {@code /admin/settings/}, so only owners open it.
 */
@Controller
class OwnerRulesPagesController {

	static final String PATH = "/admin/settings/owner-rules";

	private static final String THRESHOLD = "owner_approval_above_recipients";

	private final OwnerRuleSettings settings;

	OwnerRulesPagesController(OwnerRuleSettings settings) {
		this.settings = settings;
	}

	@GetMapping(PATH)
	String page(@AuthenticationPrincipal AdminUser user, Model model) {
		OwnerRules rules = this.settings.get(user.tenant());
		Map<String, String> form = new LinkedHashMap<>();
		form.put(THRESHOLD,
				(rules.approvalAboveRecipients() != null) ? rules.approvalAboveRecipients().toString() : "");
		return show(rules, form, Map.of(), model);
	}

	/**
	 * Saves the rules; an unticked box opens that action to marketers, an empty threshold
	 * lets any launch go without an owner.
	 */
	@PostMapping(PATH)
	String save(@AuthenticationPrincipal AdminUser user, @RequestParam Map<String, String> form, Model model,
			RedirectAttributes redirect) {
		String typed = form.getOrDefault(THRESHOLD, "").strip();
		Long threshold = null;
		if (!typed.isEmpty()) {
			try {
				threshold = Long.parseLong(typed);
			}
			catch (NumberFormatException ex) {
				threshold = -1L;
			}
		}
		OwnerRules rules = new OwnerRules(form.containsKey("owner_only_platform_credentials"),
				form.containsKey("owner_only_webhook_secret"), threshold);
		if (threshold != null && threshold < 0) {
			return show(rules, form,
					Map.of(THRESHOLD, "Enter a whole number of recipients, 0 or more, or leave it empty."), model);
		}
		this.settings.save(user.tenant(), rules);
		redirect.addFlashAttribute("notice", "Owner rules saved.");
		return "redirect:" + PATH;
	}

	private static String show(OwnerRules rules, Map<String, String> form, Map<String, String> errors, Model model) {
		model.addAttribute("rules", rules);
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		return "admin/team/owner-rules";
	}

}
