package com.fanbase.admin;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The login page. The form posts to Spring Security's login filter (see
 * {@link AdminSecurityConfiguration}); a refusal comes back here with its reason.
 */
@Controller
class LoginController {

	@GetMapping(AdminSecurityConfiguration.LOGIN)
	String login(@RequestParam(required = false) String error,
			@RequestParam(name = "signed-out", required = false) String signedOut, Model model) {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof AdminUser) {
			return "redirect:/admin";
		}
		if (error != null) {
			model.addAttribute("error", SignInProblem.fromCode(error).orElse(SignInProblem.INVALID_KEY).message());
		}
		model.addAttribute("signedOut", signedOut != null);
		return "admin/login";
	}

}
