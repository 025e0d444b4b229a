package com.fanbase.admin;

import java.time.Clock;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.fanbase.accounts.Account;
import com.fanbase.accounts.AccountCredentials;
import com.fanbase.accounts.Accounts;
import com.fanbase.accounts.PasswordPolicy;
import com.fanbase.accounts.Totp;
import com.fanbase.web.InvalidRequestException;

/**
 * A user's own account: their password, two-step sign-in with an authenticator app, and
 * signing out everywhere. Changing the password or the second factor asks for the current
 * password. The new TOTP secret waits in the session until a code made from it confirms
 * it.
 */
@Controller
class AccountPagesController {

	private static final String PENDING_TOTP = AccountPagesController.class.getName() + ".totp";

	private final Accounts accounts;

	private final AccountCredentials credentials;

	private final Clock clock;

	private final HttpSessionSecurityContextRepository sessions = new HttpSessionSecurityContextRepository();

	AccountPagesController(Accounts accounts, AccountCredentials credentials, Clock clock) {
		this.accounts = accounts;
		this.credentials = credentials;
		this.clock = clock;
	}

	@GetMapping("/admin/account")
	String account(@AuthenticationPrincipal AdminUser user, Model model) {
		return page(user, Map.of(), model);
	}

	@PostMapping("/admin/account/password")
	String password(@AuthenticationPrincipal AdminUser user, @RequestParam(defaultValue = "") String current,
			@RequestParam(defaultValue = "") String password, @RequestParam(defaultValue = "") String confirm,
			Model model, HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
		if (!this.credentials.passwordMatches(user.tenant(), user.userId(), current)) {
			return page(user, Map.of("current", "is not your password"), model);
		}
		if (!password.equals(confirm)) {
			return page(user, Map.of("confirm", "does not match the new password"), model);
		}
		try {
			this.credentials.setPassword(user.tenant(), user.userId(), password);
		}
		catch (InvalidRequestException ex) {
			return page(user, Problems.byField(ex), model);
		}
		keepThisSession(user, request, response);
		redirect.addFlashAttribute("notice", "Password changed; your other sessions have ended.");
		return "redirect:/admin/account";
	}

	@PostMapping("/admin/account/totp/start")
	String startTotp(@AuthenticationPrincipal AdminUser user, HttpSession session, Model model) {
		byte[] secret = Totp.newSecret();
		session.setAttribute(PENDING_TOTP, secret);
		model.addAttribute("totpSecret", Totp.base32(secret));
		model.addAttribute("totpUri", Totp.otpauthUri("Fanbase " + user.tenantName(), user.email(), secret));
		return page(user, Map.of(), model);
	}

	@PostMapping("/admin/account/totp/confirm")
	String confirmTotp(@AuthenticationPrincipal AdminUser user, @RequestParam(defaultValue = "") String code,
			HttpSession session, Model model, RedirectAttributes redirect) {
		if (!(session.getAttribute(PENDING_TOTP) instanceof byte[] secret)) {
			return page(user, Map.of("code", "start again: the new secret has expired"), model);
		}
		try {
			this.credentials.enableTotp(user.tenant(), user.userId(), secret, code);
		}
		catch (InvalidRequestException ex) {
			model.addAttribute("totpSecret", Totp.base32(secret));
			model.addAttribute("totpUri", Totp.otpauthUri("Fanbase " + user.tenantName(), user.email(), secret));
			return page(user, Problems.byField(ex), model);
		}
		session.removeAttribute(PENDING_TOTP);
		redirect.addFlashAttribute("notice", "Two-step sign-in is on: sign-ins now ask for a code.");
		return "redirect:/admin/account";
	}

	@PostMapping("/admin/account/totp/disable")
	String disableTotp(@AuthenticationPrincipal AdminUser user, @RequestParam(defaultValue = "") String current,
			Model model, RedirectAttributes redirect) {
		if (!this.credentials.passwordMatches(user.tenant(), user.userId(), current)) {
			return page(user, Map.of("totp-current", "is not your password"), model);
		}
		this.credentials.disableTotp(user.tenant(), user.userId());
		redirect.addFlashAttribute("notice", "Two-step sign-in is off.");
		return "redirect:/admin/account";
	}

	@PostMapping("/admin/account/sign-out-everywhere")
	String signOutEverywhere(@AuthenticationPrincipal AdminUser user, HttpServletRequest request) {
		this.accounts.endSessions(user.tenant(), user.userId());
		HttpSession session = request.getSession(false);
		if (session != null) {
			session.invalidate();
		}
		SecurityContextHolder.clearContext();
		return "redirect:" + AdminSecurityConfiguration.LOGIN + "?signed-out";
	}

	private String page(AdminUser user, Map<String, String> errors, Model model) {
		Account account = this.accounts.require(user.tenant(), user.userId());
		model.addAttribute("account", account);
		model.addAttribute("errors", errors);
		model.addAttribute("minLength", PasswordPolicy.MIN_LENGTH);
		return "admin/account/account";
	}

	/** The session that changed the password goes on; it began now. */
	private void keepThisSession(AdminUser user, HttpServletRequest request, HttpServletResponse response) {
		AdminUser renewed = new AdminUser(user.tenantId(), user.tenantName(), user.currency(), user.userId(),
				user.email(), user.role(), this.clock.instant());
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(renewed, null, renewed.authorities()));
		SecurityContextHolder.setContext(context);
		this.sessions.saveContext(context, request, response);
	}

}
