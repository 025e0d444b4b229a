package com.fanbase.accounts.web;

import java.time.Instant;
import java.util.List;

import io.swagger.v3.oas.annotations.Parameter;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import com.fanbase.accounts.Account;
import com.fanbase.accounts.AccountLink.IssuedLink;
import com.fanbase.accounts.AccountLinks;
import com.fanbase.accounts.Accounts;
import com.fanbase.tenants.Actor;
import com.fanbase.tenants.Role;
import com.fanbase.tenants.TenantAccess;
import com.fanbase.tenants.TenantId;
import com.fanbase.web.Violations;

/**
 * The tenant's admin users for its owners (an owner key, or the operator key naming the
 * tenant): list, invite (the link is in the answer, once; no mail is sent), change a
 * role, disable or enable, end every session. A role change or disabling ends the user's
 * sessions, as in the admin.
 */
@RestController
@RequestMapping("/api/audience/users")
class UserController {

	private final Accounts accounts;

	private final AccountLinks links;

	UserController(Accounts accounts, AccountLinks links) {
		this.accounts = accounts;
		this.links = links;
	}

	@GetMapping
	List<UserView> list(@Parameter(hidden = true) TenantId tenant) {
		return this.accounts.list(tenant).stream().map(UserView::of).toList();
	}

	@GetMapping("/{id}")
	UserView get(@Parameter(hidden = true) TenantId tenant, @PathVariable long id) {
		return UserView.of(this.accounts.require(tenant, id));
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	InvitationView invite(@Parameter(hidden = true) TenantId tenant, @RequestBody InvitationBody body) {
		Role role = role(body.role(), Role.MARKETER);
		IssuedLink issued = this.links.invite(tenant, body.email(), role, by());
		String path = "/admin/invitations/" + issued.token();
		return new InvitationView(issued.link().email(), issued.link().role().id(),
				ServletUriComponentsBuilder.fromCurrentContextPath().path(path).toUriString(),
				issued.link().expiresAt());
	}

	@PatchMapping("/{id}")
	UserView change(@Parameter(hidden = true) TenantId tenant, @PathVariable long id, @RequestBody UserChanges body) {
		Account account = this.accounts.require(tenant, id);
		if (body.role() != null) {
			Role role = role(body.role(), null);
			if (role != account.role()) {
				account = this.accounts.changeRole(tenant, id, role);
			}
		}
		if (body.disabled() != null && body.disabled() == account.active()) {
			account = this.accounts.setDisabled(tenant, id, body.disabled());
		}
		return UserView.of(account);
	}

	@DeleteMapping("/{id}/sessions")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void endSessions(@Parameter(hidden = true) TenantId tenant, @PathVariable long id) {
		this.accounts.endSessions(tenant, id);
	}

	private static Role role(String id, Role absent) {
		if (id == null && absent != null) {
			return absent;
		}
		Role role = (id != null) ? Role.find(id).orElse(null) : null;
		new Violations().check(role != null, "/role", "must be one of owner, marketer, analyst").throwIfAny();
		return role;
	}

	/** Who made the link, without PII: {@code key:7} or {@code operator}. */
	private static String by() {
		Actor actor = TenantAccess.currentCaller().actor();
		return (actor.id() != null) ? actor.type() + ":" + actor.id() : actor.type();
	}

	/**
	 * @param role owner, marketer or analyst; marketer when left out
	 */
	record InvitationBody(Long tenantId, String email, String role) {
	}

	/** Either or both; a field left out is kept. */
	record UserChanges(Long tenantId, String role, Boolean disabled) {
	}

	/**
	 * @param url the invitation link to hand to the invitee; shown this once
	 */
	record InvitationView(String email, String role, String url, Instant expiresAt) {
	}

	/**
	 * @param sessionsValidFrom sessions begun before this have ended
	 */
	record UserView(long id, String email, String role, String status, boolean hasPassword, boolean totpEnabled,
			Instant createdAt, Instant sessionsValidFrom, Instant disabledAt) {

		static UserView of(Account account) {
			return new UserView(account.id(), account.email(), account.role().id(),
					account.active() ? "active" : "disabled", account.hasPassword(), account.totpEnabled(),
					account.createdAt(), account.sessionsValidFrom(), account.disabledAt());
		}

	}

}
