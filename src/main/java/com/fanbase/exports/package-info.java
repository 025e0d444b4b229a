/**
 * Audience exports: a segment's consented, unsuppressed members sent to Meta, Google,
 * TikTok or Brevo and kept in step by delta syncs. The core here streams members in
 * bounded memory, normalises and hashes them per platform, batches them to each
 * platform's limits, retries with back-off, runs the export state machine, records every
 * request, refreshes expiring audiences, and keeps tenants' platform credentials sealed.
 * Each platform is one package ({@code meta}, {@code google}, {@code tiktok},
 * {@code brevo}) behind {@link com.fanbase.platforms.AudiencePlatform}. The
 * {@code customer_suppressions} table and {@link com.fanbase.exports.Suppressions} are
 * the public place where other modules record who must never be exported or mailed.
 * Depends on {@code tenants}, {@code jobs}, {@code segments} (and its member table),
 * {@code web} and the {@code customers} table of {@code ingestion}.
 */
package com.fanbase.exports;

import com.fanbase.platforms.AudiencePlatform;
