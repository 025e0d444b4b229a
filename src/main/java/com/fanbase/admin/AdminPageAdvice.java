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

import com.fanbase.tenants.Role;

/**
 * What every admin page shows (who is signed in, the navigation, the CSRF token htmx
 * sends) and how admin errors look: an HTML page, not the API's problem JSON.
 */
@ControllerAdvice(basePackageClasses = AdminPageAdvice.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class AdminPageAdvice {

	private static final Logger log = LoggerFactory.getLogger(AdminPageAdvice.class);

	private static final JsonMapper json = JsonMapper.builder().build();

	/**
	 * A navigation entry, shown to the roles that may open it; {@code ready} is false for
	 * pages still to come.
	 */
	record NavItem(String section, String label, String path, boolean ready, Role role) {
	}

	static final List<NavItem> NAVIGATION = List.of(new NavItem("dashboard", "Dashboard", "/admin", true, Role.ANALYST),
			new NavItem("profiles", "Profiles", "/admin/profiles", true, Role.ANALYST),
			new NavItem("segments", "Segments", "/admin/segments", true, Role.ANALYST),
			new NavItem("events", "Events", "/admin/events", true, Role.ANALYST),
			new NavItem("exports", "Exports", "/admin/exports", true, Role.ANALYST),
			new NavItem("campaigns", "Campaigns", "/admin/campaigns", true, Role.ANALYST),
			new NavItem("jobs", "Jobs", "/admin/jobs", true, Role.ANALYST),
			new NavItem("team", "Team", "/admin/team", true, Role.OWNER),
			new NavItem("audit", "Audit log", "/admin/audit", true, Role.OWNER),
			new NavItem("account", "Your account", "/admin/account", true, Role.ANALYST));

	static final List<NavItem> OPERATOR_NAVIGATION = List
		.of(new NavItem("operator", "Tenants", "/admin/operator", true, null));

	@ModelAttribute
	void common(Model model, HttpServletRequest request) {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		Object principal = (authentication != null) ? authentication.getPrincipal() : null;
		AdminUser user = (principal instanceof AdminUser admin) ? admin : null;
		model.addAttribute("user", user);
		model.addAttribute("operatorConsole", principal instanceof OperatorUser);
		model.addAttribute("navigation", (principal instanceof OperatorUser) ? OPERATOR_NAVIGATION
				: NAVIGATION.stream().filter((item) -> user != null && user.role().includes(item.role())).toList());
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
