-- Audience exports to ad and email platforms.

-- A tenant's credentials for one platform, encrypted with AES-GCM (key from FANBASE_SECRETS_KEY).
create table platform_credentials (
    tenant_id      bigint      not null references tenants (id) on delete cascade,
    platform       text        not null check (platform in ('meta', 'google', 'tiktok', 'brevo')),
    sealed         bytea       not null,
    masked         jsonb       not null,
    status         text        not null default 'unverified' check (status in ('unverified', 'valid', 'invalid')),
    status_detail  text,
    updated_at     timestamptz not null,
    primary key (tenant_id, platform)
);

-- Proves at startup that the configured secrets key is the one that sealed the stored credentials.
create table secrets_key_check (
    id      integer primary key check (id = 1),
    sealed  bytea   not null
);

-- One export definition: a segment sent to a platform, kept in step by delta syncs.
create table audience_exports (
    tenant_id           bigint      not null references tenants (id) on delete cascade,
    id                  bigint      generated always as identity,
    platform            text        not null,
    segment_id          bigint      not null,
    audience_name       text        not null,
    external_id         text,
    status              text        not null,
    job_id              bigint,
    run_state           jsonb,
    syncs               integer     not null default 0,
    members_considered  bigint      not null default 0,
    members_eligible    bigint      not null default 0,
    members_sent        bigint      not null default 0,
    members_removed     bigint      not null default 0,
    members_rejected    bigint      not null default 0,
    members_skipped     bigint      not null default 0,
    members_synced      bigint      not null default 0,
    figures             jsonb,
    warnings            jsonb       not null default '[]',
    error               text,
    expires_at          timestamptz,
    last_synced_at      timestamptz,
    created_at          timestamptz not null,
    updated_at          timestamptz not null,
    deleted_at          timestamptz,
    primary key (tenant_id, id)
);
create unique index audience_exports_id on audience_exports (id);
create unique index audience_exports_definition on audience_exports (tenant_id, platform, segment_id)
    where deleted_at is null;
create index audience_exports_created on audience_exports (tenant_id, created_at);

-- Who is on the platform's audience as of the last acknowledged batch, with the keys that were sent,
-- so a delta sync can remove exactly what it added even after the customer is gone.
create table audience_export_members (
    tenant_id    bigint not null,
    export_id    bigint not null,
    customer_id  bigint not null,
    email_key    text,
    phone_key    text,
    primary key (tenant_id, export_id, customer_id)
);

-- Every request to a platform and how it ended (never bodies: they hold hashed PII).
create table audience_export_requests (
    tenant_id       bigint      not null,
    export_id       bigint      not null,
    id              bigint      generated always as identity,
    sync            integer     not null,
    at              timestamptz not null,
    operation       text        not null,
    method          text        not null,
    path            text        not null,
    attempt         integer     not null,
    items           integer     not null,
    http_status     integer,
    outcome         text        not null,
    duration_ms     bigint      not null,
    retry_after_ms  bigint,
    detail          text,
    primary key (tenant_id, export_id, id)
);

-- Customers who must never be exported or mailed (erased, unsubscribed, hard-bounced).
create table customer_suppressions (
    tenant_id    bigint      not null references tenants (id) on delete cascade,
    customer_id  bigint      not null,
    reason       text        not null check (reason in ('erased', 'unsubscribed', 'hard_bounced', 'complained')),
    created_at   timestamptz not null,
    primary key (tenant_id, customer_id, reason)
);
