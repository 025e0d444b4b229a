-- Segments: dynamic (criteria), static (hand-picked members) and lookalike (similar to a source).
create table audience_segments (
    tenant_id                 bigint      not null references tenants (id) on delete cascade,
    id                        bigint      generated always as identity,
    name                      text        not null,
    segment_type              text        not null check (segment_type in ('dynamic', 'static', 'lookalike')),
    criteria                  jsonb,
    source_segment_id         bigint,
    lookalike_size            integer,
    refresh_interval_minutes  integer,
    member_count              bigint      not null default 0,
    last_refreshed_at         timestamptz,
    last_refresh_status       text,
    last_refresh_error        text,
    last_refresh_ms           bigint,
    created_at                timestamptz not null,
    updated_at                timestamptz not null,
    primary key (tenant_id, id)
);
create unique index audience_segments_id on audience_segments (id);

-- Current members, with how well each fits and since when.
create table audience_segment_customers (
    tenant_id    bigint           not null,
    segment_id   bigint           not null,
    customer_id  bigint           not null,
    affinity     double precision not null default 0,
    entered_at   timestamptz      not null default now(),
    primary key (tenant_id, segment_id, customer_id)
);
create index audience_segment_customers_customer on audience_segment_customers (tenant_id, customer_id);

-- Size over time: one row per refresh, with who entered and who left.
create table audience_segment_history (
    tenant_id     bigint      not null,
    segment_id    bigint      not null,
    refreshed_at  timestamptz not null,
    size          bigint      not null,
    added         bigint      not null,
    removed       bigint      not null,
    duration_ms   bigint      not null,
    status        text        not null,
    error         text,
    primary key (tenant_id, segment_id, refreshed_at)
);

-- Who left a segment and when (members are deleted from audience_segment_customers on exit).
create table audience_segment_exits (
    tenant_id    bigint      not null,
    segment_id   bigint      not null,
    customer_id  bigint      not null,
    entered_at   timestamptz not null,
    exited_at    timestamptz not null
);
create index audience_segment_exits_segment on audience_segment_exits (tenant_id, segment_id, exited_at);
