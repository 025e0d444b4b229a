-- Campaign stats: how much of Brevo's statistics rate limit each tenant's sync has used.

-- One fixed one-hour window per tenant: requests made in it, and a pause Brevo asked for
-- (a 429's x-sib-ratelimit-reset). Shared by every replica, so the budget holds across them.
create table campaign_stats_sync_budget (
    tenant_id     bigint      primary key references tenants (id) on delete cascade,
    window_start  timestamptz not null,
    used          integer     not null,
    paused_until  timestamptz
);

