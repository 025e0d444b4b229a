package com.fanbase.admin;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;

import com.fanbase.tenants.OwnerRule;
import com.fanbase.tenants.OwnerRuleAuthorization;

/** The page shown, with a 403, when a role may not use what was asked for. */
@Controller
class RefusedController {

	@RequestMapping(RefusedPage.PATH)
	String refused(Model model, HttpServletRequest request, HttpServletResponse response) {
		if (Boolean.TRUE.equals(request.getAttribute(RefusedPage.CSRF))) {
			response.setStatus(HttpStatus.FORBIDDEN.value());
			model.addAttribute("status", 403);
			model.addAttribute("title", "Form expired");
			model.addAttribute("detail",
					"This form is no longer valid (signed out, or opened long ago): reload the page.");
			return "admin/error";
		}
		OwnerRule rule = OwnerRuleAuthorization.refusedRule(request);
		if (rule != null) {
			response.setStatus(HttpStatus.FORBIDDEN.value());
			model.addAttribute("status", 403);
			model.addAttribute("title", "Not for your role");
			model.addAttribute("detail", "Your team reserves this action for owners (" + rule.id()
					+ "). Ask an owner; owners change the tenant's owner rules on Team › Owner rules.");
			return "admin/error";
		}
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		String role = (authentication != null && authentication.getPrincipal() instanceof AdminUser user)
				? user.role().id() : "no";
		response.setStatus(HttpStatus.FORBIDDEN.value());
		model.addAttribute("status", 403);
		model.addAttribute("title", "Not for your role");
		model.addAttribute("detail", "Your role (" + role + ") may not use this page or action. "
				+ "Ask an owner of your team if you need it.");
		return "admin/error";
	}

}
