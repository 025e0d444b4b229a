/**
 * Privacy: for now its audit log, which records every state-changing admin action and API
 * call with the user or key behind it (never a body, query string, email or secret), and
 * answers who did what. Consent, suppressions, erasure and retention are to come here.
 * Depends on {@code tenants} (tenant ids, actors) and {@code web} (problems).
 */
@ApplicationModule(allowedDependencies = { "tenants", "web" })
package com.fanbase.privacy;

import org.springframework.modulith.ApplicationModule;
