package com.fanbase.admin;

import java.util.List;
import java.util.Map;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import com.fanbase.accounts.SsoConfigurations;
import com.fanbase.tenants.Role;
import com.fanbase.web.InvalidRequestException;

/**
 * The owner's single sign-on settings: the OpenID Connect provider (issuer, client id,
 * secret, sealed and never shown again), the email domain that leads to it from the
 * sign-in page and the role of users created on their first sign-in.
 */
@Controller
class SsoSettingsPagesController {

	private final SsoConfigurations settings;

	SsoSettingsPagesController(SsoConfigurations settings) {
		this.settings = settings;
	}

	@GetMapping("/admin/settings/sso")
	String page(@AuthenticationPrincipal AdminUser user, Model model) {
		return show(user, Map.of(), Map.of(), model);
	}

	@PostMapping("/admin/settings/sso")
	String save(@AuthenticationPrincipal AdminUser user, @RequestParam Map<String, String> form, Model model,
			RedirectAttributes redirect) {
		Role role = Role.find(form.getOrDefault("default_role", "")).orElse(null);
		if (role == null) {
			return show(user, form, Map.of("default_role", "must be one of owner, marketer, analyst"), model);
		}
		try {
			this.settings.save(user.tenant(), form.getOrDefault("issuer", ""), form.get("client_id"),
					form.get("client_secret"), form.get("email_domain"), role);
		}
		catch (InvalidRequestException ex) {
			return show(user, form, Problems.byField(ex), model);
		}
		redirect.addFlashAttribute("notice", "Single sign-on saved.");
		return "redirect:/admin/settings/sso";
	}

	@PostMapping("/admin/settings/sso/delete")
	String delete(@AuthenticationPrincipal AdminUser user, RedirectAttributes redirect) {
		this.settings.delete(user.tenant());
		redirect.addFlashAttribute("notice", "Single sign-on removed: users sign in with their passwords.");
		return "redirect:/admin/settings/sso";
	}

	private String show(AdminUser user, Map<String, String> form, Map<String, String> errors, Model model) {
		model.addAttribute("sso", this.settings.find(user.tenant()).orElse(null));
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("roles", List.of(Role.ANALYST, Role.MARKETER, Role.OWNER));
		model.addAttribute("redirectUri",
				ServletUriComponentsBuilder.fromCurrentContextPath()
					.path("/admin/login/oauth2/code/" + TenantClientRegistrations.registrationId(user.tenant()))
					.toUriString());
		return "admin/team/sso";
	}

}
