package com.fanbase.admin;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import com.fanbase.accounts.Account;
import com.fanbase.accounts.AccountLink;
import com.fanbase.accounts.AccountLinks;
import com.fanbase.accounts.LinkExpiredException;
import com.fanbase.accounts.PasswordPolicy;
import com.fanbase.web.InvalidRequestException;

/**
 * The pages behind invitation and reset links: choose a password. Accepting an invitation
 * signs the new user in (in a new session id); a reset ends the user's sessions and sends
 * them to sign in with the new password.
 */
@Controller
class AccountLinkPagesController {

	private final AccountLinks links;

	private final UserAuthenticationProvider users;

	private final HttpSessionSecurityContextRepository sessions = new HttpSessionSecurityContextRepository();

	AccountLinkPagesController(AccountLinks links, UserAuthenticationProvider users) {
		this.links = links;
		this.users = users;
	}

	@GetMapping("/admin/invitations/{token}")
	String invitation(@PathVariable String token, Model model) {
		return form(live(token, AccountLink.Purpose.INVITATION), Map.of(), model);
	}

	@PostMapping("/admin/invitations/{token}")
	String accept(@PathVariable String token, @RequestParam(defaultValue = "") String password,
			@RequestParam(defaultValue = "") String confirm, Model model, HttpServletRequest request,
			HttpServletResponse response) {
		AccountLink link = live(token, AccountLink.Purpose.INVITATION);
		if (!password.equals(confirm)) {
			return form(link, Map.of("confirm", "does not match the password"), model);
		}
		try {
			Account account = this.links.accept(token, password);
			signIn(this.users.authenticated(account), request, response);
			return "redirect:/admin";
		}
		catch (InvalidRequestException ex) {
			return form(link, Problems.byField(ex), model);
		}
	}

	@GetMapping("/admin/reset/{token}")
	String reset(@PathVariable String token, Model model) {
		return form(live(token, AccountLink.Purpose.RESET), Map.of(), model);
	}

	@PostMapping("/admin/reset/{token}")
	String setPassword(@PathVariable String token, @RequestParam(defaultValue = "") String password,
			@RequestParam(defaultValue = "") String confirm, Model model) {
		AccountLink link = live(token, AccountLink.Purpose.RESET);
		if (!password.equals(confirm)) {
			return form(link, Map.of("confirm", "does not match the password"), model);
		}
		try {
			this.links.resetPassword(token, password);
			return "redirect:" + AdminSecurityConfiguration.LOGIN + "?password-set";
		}
		catch (InvalidRequestException ex) {
			return form(link, Problems.byField(ex), model);
		}
	}

	private AccountLink live(String token, AccountLink.Purpose purpose) {
		return this.links.find(token)
			.filter((link) -> link.purpose() == purpose)
			.orElseThrow(LinkExpiredException::new);
	}

	private static String form(AccountLink link, Map<String, String> errors, Model model) {
		model.addAttribute("formAction", ServletUriComponentsBuilder.fromCurrentRequestUri().toUriString());
		model.addAttribute("link", link);
		model.addAttribute("invitation", link.purpose() == AccountLink.Purpose.INVITATION);
		model.addAttribute("errors", errors);
		model.addAttribute("minLength", PasswordPolicy.MIN_LENGTH);
		return "admin/account/choose-password";
	}

	private void signIn(Authentication authentication, HttpServletRequest request, HttpServletResponse response) {
		request.getSession(true);
		request.changeSessionId();
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(authentication);
		SecurityContextHolder.setContext(context);
		this.sessions.saveContext(context, request, response);
	}

}
