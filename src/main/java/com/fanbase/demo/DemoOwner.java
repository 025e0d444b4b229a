package com.fanbase.demo;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import com.fanbase.accounts.AccountCredentials;
import com.fanbase.accounts.Accounts;
import com.fanbase.tenants.RandomSecrets;
import com.fanbase.tenants.Role;
import com.fanbase.tenants.TenantId;

/**
 * With the {@code demo} profile: an owner of the demo tenant to sign in to the admin
 * with, {@value #EMAIL}, with a new random password at every start, printed once.
 */
@Component
@Profile("demo")
class DemoOwner {

	static final String EMAIL = "demo@fanbase.example";

	private final Accounts accounts;

	private final AccountCredentials credentials;

	private final DemoProperties properties;

	DemoOwner(Accounts accounts, AccountCredentials credentials, DemoProperties properties) {
		this.accounts = accounts;
		this.credentials = credentials;
		this.properties = properties;
	}

	@EventListener(ApplicationReadyEvent.class)
	void ensureOwner() {
		TenantId tenant = TenantId.of(this.properties.tenantId());
		String password = RandomSecrets.generate("pw-", 18);
		this.accounts.findByEmail(tenant, EMAIL)
			.ifPresentOrElse((owner) -> this.credentials.setPassword(tenant, owner.id(), password),
					() -> this.accounts.create(tenant, EMAIL, Role.OWNER, password));
		System.out.println();
		System.out.println("  Admin sign-in of the demo tenant (a new password each start):");
		System.out.println("      " + EMAIL + "  " + password);
		System.out.println();
	}

}
