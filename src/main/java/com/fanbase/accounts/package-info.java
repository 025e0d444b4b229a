/**
 * The people of a tenant who use the admin: accounts with an email, a role and a password
 * hash (or single sign-on only), invitation and password-reset links (single use,
 * expiring, stored hashed), an optional TOTP second factor sealed at rest, and the
 * tenant's OpenID Connect settings. Sign-in itself (forms, sessions, the OIDC flow) is
 * the admin's; this module answers who someone is and what they may do. Depends on
 * {@code tenants} (tenants, roles), {@code exports} (its {@code SecretBox} seals the TOTP
 * and OIDC secrets) and {@code web} (validation problems).
 */
@ApplicationModule(allowedDependencies = { "platforms", "tenants", "web" })
package com.fanbase.accounts;

import org.springframework.modulith.ApplicationModule;
