package com.fanbase.admin;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.fanbase.accounts.AccountLink.IssuedLink;
import com.fanbase.accounts.AccountLinks;
import com.fanbase.accounts.Accounts;
import com.fanbase.tenants.Plan;
import com.fanbase.tenants.Role;
import com.fanbase.tenants.Tenant;
import com.fanbase.tenants.TenantId;
import com.fanbase.tenants.Tenants;
import com.fanbase.web.InvalidRequestException;
import com.fanbase.web.IsoCodes;

/**
 * The operator console: tenants and their plans, and each tenant's users. This is where a
 * tenant's first owner is invited (the link is shown here, once); from then on the
 * tenant's owners manage their team themselves.
 */
@Controller
class OperatorConsoleController {

	private final Tenants tenants;

	private final Accounts accounts;

	private final AccountLinks links;

	OperatorConsoleController(Tenants tenants, Accounts accounts, AccountLinks links) {
		this.tenants = tenants;
		this.accounts = accounts;
		this.links = links;
	}

	@GetMapping("/admin/operator")
	String tenants(Model model) {
		return list(Map.of(), model);
	}

	@PostMapping("/admin/operator/tenants")
	String create(@RequestParam(defaultValue = "") String name, @RequestParam(defaultValue = "EUR") String currency,
			@RequestParam(defaultValue = "base") String plan, Model model, RedirectAttributes redirect) {
		if (name.isBlank() || name.length() > 200) {
			return list(Map.of("name", "is required, at most 200 characters"), model);
		}
		if (!IsoCodes.CURRENCIES.contains(currency)) {
			return list(Map.of("currency", "must be an ISO 4217 currency code such as EUR"), model);
		}
		Tenant tenant = this.tenants.create(null, name.strip(), currency, plan(plan));
		redirect.addFlashAttribute("notice", "Tenant " + tenant.id() + " created: invite its first owner.");
		return "redirect:/admin/operator/tenants/" + tenant.id();
	}

	@PostMapping("/admin/operator/tenants/{id}/plan")
	String changePlan(@PathVariable long id, @RequestParam String plan, RedirectAttributes redirect) {
		this.tenants.changePlan(tenant(id), plan(plan));
		redirect.addFlashAttribute("notice", "Plan of tenant " + id + " is now " + plan + ".");
		return "redirect:/admin/operator";
	}

	@GetMapping("/admin/operator/tenants/{id}")
	String tenant(@PathVariable long id, Model model) {
		return detail(this.tenants.require(tenant(id)), Map.of(), model);
	}

	@PostMapping("/admin/operator/tenants/{id}/invitations")
	String invite(@PathVariable long id, @RequestParam(defaultValue = "") String email,
			@RequestParam(defaultValue = "owner") String role, Model model) {
		Tenant tenant = this.tenants.require(tenant(id));
		try {
			IssuedLink issued = this.links.invite(tenant.id(), email,
					Role.find(role).orElseThrow(() -> new InvalidRequestException("role", "is not a role")),
					"operator");
			model.addAttribute("issuedLink", TeamPagesController.linkUrl("/admin/invitations/", issued));
			model.addAttribute("issuedFor", issued.link().email());
			return detail(tenant, Map.of(), model);
		}
		catch (InvalidRequestException ex) {
			return detail(tenant, Problems.byField(ex), model);
		}
	}

	@PostMapping("/admin/operator/tenants/{id}/users/{userId}/reset")
	String reset(@PathVariable long id, @PathVariable long userId, Model model) {
		Tenant tenant = this.tenants.require(tenant(id));
		IssuedLink issued = this.links.reset(tenant.id(), userId, "operator");
		model.addAttribute("issuedLink", TeamPagesController.linkUrl("/admin/reset/", issued));
		model.addAttribute("issuedFor", issued.link().email());
		model.addAttribute("issuedReset", true);
		return detail(tenant, Map.of(), model);
	}

	private String list(Map<String, String> errors, Model model) {
		model.addAttribute("tenants", this.tenants.list());
		model.addAttribute("plans", Arrays.asList(Plan.values()));
		model.addAttribute("errors", errors);
		return "admin/operator/tenants";
	}

	private String detail(Tenant tenant, Map<String, String> errors, Model model) {
		model.addAttribute("tenant", tenant);
		model.addAttribute("members", this.accounts.list(tenant.id()));
		model.addAttribute("roles", List.of(Role.OWNER, Role.MARKETER, Role.ANALYST));
		model.addAttribute("errors", errors);
		return "admin/operator/tenant";
	}

	private static Plan plan(String id) {
		return Plan.find(id)
			.orElseThrow(() -> new InvalidRequestException("plan", "must be one of base, pro, enterprise"));
	}

	private static TenantId tenant(long id) {
		if (id <= 0) {
			throw new InvalidRequestException("id", "must be a positive integer");
		}
		return TenantId.of(id);
	}

}
