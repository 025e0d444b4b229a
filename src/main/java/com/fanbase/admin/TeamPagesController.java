package com.fanbase.admin;

import java.util.List;
import java.util.Map;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import com.fanbase.accounts.AccountCredentials;
import com.fanbase.accounts.AccountLink.IssuedLink;
import com.fanbase.accounts.AccountLinks;
import com.fanbase.accounts.Accounts;
import com.fanbase.tenants.Role;
import com.fanbase.web.InvalidRequestException;

/**
 * The owner's team page: users and their roles, invitations and reset links. No mail is
 * sent: a link is shown once, to the owner who made it, to hand over by their own means.
 * An owner cannot change their own role or disable themselves, so a team always keeps the
 * owner who acts.
 */
@Controller
class TeamPagesController {

	private final Accounts accounts;

	private final AccountLinks links;

	private final AccountCredentials credentials;

	TeamPagesController(Accounts accounts, AccountLinks links, AccountCredentials credentials) {
		this.accounts = accounts;
		this.links = links;
		this.credentials = credentials;
	}

	@GetMapping("/admin/team")
	String team(@AuthenticationPrincipal AdminUser user, Model model) {
		return page(user, Map.of(), model);
	}

	@PostMapping("/admin/team/invitations")
	String invite(@AuthenticationPrincipal AdminUser user, @RequestParam(defaultValue = "") String email,
			@RequestParam(defaultValue = "marketer") String role, Model model) {
		Role invited = Role.find(role).orElse(null);
		if (invited == null) {
			return page(user, Map.of("role", "must be one of owner, marketer, analyst"), model);
		}
		try {
			IssuedLink issued = this.links.invite(user.tenant(), email, invited, "user:" + user.userId());
			model.addAttribute("issuedLink", linkUrl("/admin/invitations/", issued));
			model.addAttribute("issuedFor", issued.link().email());
			return page(user, Map.of(), model);
		}
		catch (InvalidRequestException ex) {
			model.addAttribute("email", email);
			return page(user, Problems.byField(ex), model);
		}
	}

	@PostMapping("/admin/team/users/{id}/role")
	String role(@AuthenticationPrincipal AdminUser user, @PathVariable long id, @RequestParam String role,
			RedirectAttributes redirect) {
		Role chosen = Role.find(role).orElseThrow(() -> new InvalidRequestException("role", "is not a role"));
		notYourself(user, id);
		this.accounts.changeRole(user.tenant(), id, chosen);
		redirect.addFlashAttribute("notice", "Role changed; that user's sessions have ended.");
		return "redirect:/admin/team";
	}

	@PostMapping("/admin/team/users/{id}/disable")
	String disable(@AuthenticationPrincipal AdminUser user, @PathVariable long id, RedirectAttributes redirect) {
		notYourself(user, id);
		this.accounts.setDisabled(user.tenant(), id, true);
		redirect.addFlashAttribute("notice", "User disabled; their sessions have ended.");
		return "redirect:/admin/team";
	}

	@PostMapping("/admin/team/users/{id}/enable")
	String enable(@AuthenticationPrincipal AdminUser user, @PathVariable long id, RedirectAttributes redirect) {
		this.accounts.setDisabled(user.tenant(), id, false);
		redirect.addFlashAttribute("notice", "User enabled.");
		return "redirect:/admin/team";
	}

	@PostMapping("/admin/team/users/{id}/reset")
	String reset(@AuthenticationPrincipal AdminUser user, @PathVariable long id, Model model) {
		IssuedLink issued = this.links.reset(user.tenant(), id, "user:" + user.userId());
		model.addAttribute("issuedLink", linkUrl("/admin/reset/", issued));
		model.addAttribute("issuedFor", issued.link().email());
		model.addAttribute("issuedReset", true);
		return page(user, Map.of(), model);
	}

	@PostMapping("/admin/team/users/{id}/totp/disable")
	String disableTotp(@AuthenticationPrincipal AdminUser user, @PathVariable long id, RedirectAttributes redirect) {
		this.accounts.require(user.tenant(), id);
		this.credentials.disableTotp(user.tenant(), id);
		redirect.addFlashAttribute("notice", "Two-step sign-in turned off for that user.");
		return "redirect:/admin/team";
	}

	private String page(AdminUser user, Map<String, String> errors, Model model) {
		model.addAttribute("members", this.accounts.list(user.tenant()));
		model.addAttribute("roles", List.of(Role.OWNER, Role.MARKETER, Role.ANALYST));
		model.addAttribute("errors", errors);
		return "admin/team/team";
	}

	private static void notYourself(AdminUser user, long id) {
		if (id == user.userId()) {
			throw new InvalidRequestException("id", "is you: ask another owner to change your own role or access");
		}
	}

	static String linkUrl(String path, IssuedLink issued) {
		return ServletUriComponentsBuilder.fromCurrentContextPath().path(path + issued.token()).toUriString();
	}

}
