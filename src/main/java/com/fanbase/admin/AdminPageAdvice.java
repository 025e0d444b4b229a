package com.fanbase.admin;

import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.ui.Model;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What every admin page shows (who is signed in, the navigation, the CSRF token htmx
 * sends) and how admin errors look: an HTML page, not the API's problem JSON.
 */
@ControllerAdvice(basePackageClasses = AdminPageAdvice.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class AdminPageAdvice {

	private static final Logger log = LoggerFactory.getLogger(AdminPageAdvice.class);

	private static final JsonMapper json = JsonMapper.builder().build();

	/** A navigation entry; {@code ready} is false for pages still to come. */
	record NavItem(String section, String label, String path, boolean ready) {
	}

	static final List<NavItem> NAVIGATION = List.of(new NavItem("dashboard", "Dashboard", "/admin", true),
			new NavItem("profiles", "Profiles", "/admin/profiles", true),
			new NavItem("segments", "Segments", "/admin/segments", true),
			new NavItem("events", "Events", "/admin/events", true),
			new NavItem("exports", "Exports", "/admin/exports", true),
			new NavItem("campaigns", "Campaigns", "/admin/campaigns", true),
			new NavItem("jobs", "Jobs", "/admin/jobs", true));

	@ModelAttribute
	void common(Model model, HttpServletRequest request) {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		model.addAttribute("user", (authentication != null) ? authentication.getPrincipal() : null);
		model.addAttribute("navigation", NAVIGATION);
		model.addAttribute("section", section(request.getRequestURI().substring(request.getContextPath().length())));
		CsrfToken token = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
		if (token != null) {
			model.addAttribute("csrfHeaders", json.writeValueAsString(Map.of(token.getHeaderName(), token.getToken())));
		}
	}

	@ExceptionHandler(Exception.class)
	String error(Exception ex, Model model, HttpServletRequest request, HttpServletResponse response) {
		common(model, request);
		HttpStatus status = HttpStatus.INTERNAL_SERVER_ERROR;
		String detail = "Something went wrong; it has been logged.";
		if (ex instanceof ErrorResponse known && known.getStatusCode().is4xxClientError()) {
			status = HttpStatus.valueOf(known.getStatusCode().value());
			detail = (known.getBody().getDetail() != null) ? known.getBody().getDetail() : status.getReasonPhrase();
		}
		else {
			log.error("Unexpected error on an admin page", ex);
		}
		response.setStatus(status.value());
		model.addAttribute("status", status.value());
		model.addAttribute("title", status.getReasonPhrase());
		model.addAttribute("detail", detail);
		return "admin/error";
	}

	static String section(String path) {
		String rest = path.replaceFirst("^/admin/?", "");
		int slash = rest.indexOf('/');
		String first = (slash >= 0) ? rest.substring(0, slash) : rest;
		return first.isEmpty() ? "dashboard" : first;
	}

}
