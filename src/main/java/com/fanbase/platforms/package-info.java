/**
 * Platforms: everything Fanbase knows about the external platforms it sends to. The
 * registry ({@link com.fanbase.platforms.Platforms}) finds each platform's adapter bean
 * by id; {@link com.fanbase.platforms.PlatformCredentials} keeps a tenant's credentials
 * sealed by {@link com.fanbase.platforms.SecretBox};
 * {@link com.fanbase.platforms.PlatformClient} calls a platform with retries, back-off
 * and rate limits and records each request. Each platform is one package ({@code meta},
 * {@code google}, {@code tiktok}, {@code brevo}) holding all of its wire format, its
 * configuration record and its {@link com.fanbase.platforms.Platform} (id, admin label,
 * retention, minimum audience, consent), behind
 * {@link com.fanbase.platforms.AudiencePlatform}. Brevo's package also holds its lists,
 * email campaigns, statistics and webhook payloads, published as the {@code brevo} named
 * interface for the email channel of {@code campaigns}. Depends on {@code tenants},
 * {@code jobs} (interruptions) and {@code web} (problem details).
 */
@ApplicationModule(allowedDependencies = { "jobs", "tenants", "web" })
package com.fanbase.platforms;

import org.springframework.modulith.ApplicationModule;
