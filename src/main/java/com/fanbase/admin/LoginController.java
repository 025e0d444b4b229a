package com.fanbase.admin;

import java.util.Locale;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import com.fanbase.accounts.SsoConfigurations;

/**
 * The login pages. The forms post to Spring Security's login filters (see
 * {@link AdminSecurityConfiguration}); a refusal comes back here with its reason. Single
 * sign-on starts here: the email's domain picks the tenant whose provider is asked.
 */
@Controller
class LoginController {

	private final SsoConfigurations sso;

	LoginController(SsoConfigurations sso) {
		this.sso = sso;
	}

	@GetMapping(AdminSecurityConfiguration.LOGIN)
	String login(@RequestParam(required = false) String error,
			@RequestParam(name = "signed-out", required = false) String signedOut,
			@RequestParam(name = "password-set", required = false) String passwordSet, Model model) {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof AdminUser) {
			return "redirect:/admin";
		}
		show(error, SignInProblem.INVALID_CREDENTIALS, model);
		model.addAttribute("signedOut", signedOut != null);
		if (passwordSet != null) {
			model.addAttribute("notice", "Your new password is set: sign in with it.");
		}
		return "admin/login";
	}

	/**
	 * Finds the provider for the email's domain. The answer is a page that moves on to
	 * the provider by itself: a redirect answering the form would be blocked by the
	 * content security policy's {@code form-action 'self'}, the provider being another
	 * origin.
	 */
	@PostMapping("/admin/sso")
	String singleSignOn(@RequestParam(defaultValue = "") String email, Model model) {
		String domain = email.strip().toLowerCase(Locale.ROOT).replaceFirst("^[^@]*@", "");
		if (!email.contains("@") || domain.isEmpty()) {
			return "redirect:" + AdminSecurityConfiguration.LOGIN + "?error=" + SignInProblem.SSO_UNKNOWN.code();
		}
		return this.sso.findByDomain(domain).map((settings) -> {
			model.addAttribute("target",
					"/admin/oauth2/authorization/" + TenantClientRegistrations.registrationId(settings.tenant()));
			return "admin/sso-continue";
		}).orElse("redirect:" + AdminSecurityConfiguration.LOGIN + "?error=" + SignInProblem.SSO_UNKNOWN.code());
	}

	@GetMapping(AdminSecurityConfiguration.OPERATOR_LOGIN)
	String operatorLogin(@RequestParam(required = false) String error,
			@RequestParam(name = "signed-out", required = false) String signedOut, Model model) {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof OperatorUser) {
			return "redirect:/admin/operator";
		}
		show(error, SignInProblem.INVALID_KEY, model);
		model.addAttribute("signedOut", signedOut != null);
		return "admin/operator/login";
	}

	private static void show(String error, SignInProblem fallback, Model model) {
		if (error != null) {
			model.addAttribute("error", SignInProblem.fromCode(error).orElse(fallback).message());
		}
	}

}
