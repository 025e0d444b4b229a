-- Campaigns: email through Brevo, ads through the exports, and what came of them.

-- A tenant's campaign settings. No row means the defaults.
create table campaign_settings (
    tenant_id             bigint      primary key references tenants (id) on delete cascade,
    -- No customer gets more than frequency_cap_emails campaign emails per frequency_cap_hours (0 = no cap).
    frequency_cap_emails  integer     not null default 1 check (frequency_cap_emails >= 1),
    frequency_cap_hours   integer     not null default 16 check (frequency_cap_hours between 0 and 720),
    -- A recipient's paid order within this many days after the send is attributed to the campaign.
    attribution_days      integer     not null default 7 check (attribution_days between 1 and 90),
    -- SHA-256 of the secret that authenticates the tenant's Brevo webhooks (shown once when issued).
    webhook_secret_hash   bytea       unique,
    updated_at            timestamptz not null
);

-- One campaign. Settings hold the channel-specific fields (email: subject, sender_name,
-- sender_email, html_content; multi_channel: channels).
create table audience_campaigns (
    tenant_id         bigint      not null references tenants (id) on delete cascade,
    id                bigint      generated always as identity,
    segment_id        bigint      not null,
    event_id          bigint,
    name              text        not null,
    campaign_type     text        not null check (campaign_type in ('email', 'meta_ads', 'google_ads', 'tiktok_ads', 'multi_channel')),
    status            text        not null check (status in ('draft', 'scheduled', 'sending', 'sent', 'active', 'completed', 'failed', 'cancelled')),
    settings          jsonb       not null default '{}',
    scheduled_at      timestamptz,
    holdout_percent   integer     not null default 0 check (holdout_percent between 0 and 50),
    budget_cents      bigint      check (budget_cents >= 0),
    cost_cents        bigint      check (cost_cents >= 0),
    currency          char(3)     not null,
    job_id            bigint,
    -- Counts fixed at launch: members of the segment, targeted, held out, capped, without consent or suppressed.
    figures           jsonb       not null default '{}',
    error             text,
    launched_at       timestamptz,
    sent_at           timestamptz,
    completed_at      timestamptz,
    cancelled_at      timestamptz,
    created_at        timestamptz not null,
    updated_at        timestamptz not null,
    primary key (tenant_id, id)
);
create unique index audience_campaigns_id on audience_campaigns (id);
create index audience_campaigns_list on audience_campaigns (tenant_id, created_at desc);
create index audience_campaigns_due on audience_campaigns (scheduled_at) where status = 'scheduled';

-- Each channel of a campaign and where it lives on its platform: Brevo's list and email
-- campaign, or the export that carries the audience and the platform campaign linked for spend.
create table audience_campaign_channels (
    tenant_id             bigint      not null,
    campaign_id           bigint      not null,
    channel               text        not null check (channel in ('email', 'meta', 'google', 'tiktok')),
    status                text        not null,
    brevo_list_id         bigint,
    brevo_campaign_id     bigint,
    export_id             bigint,
    platform_campaign_id  text,
    spend_cents           bigint,
    -- The platform's own statistics as last read (Brevo globalStats), to fill gaps in the webhooks.
    platform_stats        jsonb,
    stats_synced_at       timestamptz,
    error                 text,
    updated_at            timestamptz not null,
    primary key (tenant_id, campaign_id, channel)
);
create index audience_campaign_channels_brevo on audience_campaign_channels (tenant_id, brevo_campaign_id)
    where brevo_campaign_id is not null;

-- Who a campaign targeted and when: sent (email recipients or the ad audience), held out,
-- or capped. The email is the address given to the platform, to match its webhooks.
create table audience_campaign_recipients (
    tenant_id    bigint      not null,
    campaign_id  bigint      not null,
    customer_id  bigint      not null,
    grp          text        not null check (grp in ('sent', 'holdout', 'capped')),
    email        text,
    targeted_at  timestamptz not null,
    primary key (tenant_id, campaign_id, customer_id)
);
create index audience_campaign_recipients_customer on audience_campaign_recipients (tenant_id, customer_id, targeted_at)
    where grp = 'sent';
create index audience_campaign_recipients_email on audience_campaign_recipients (tenant_id, campaign_id, lower(email));

-- Delivery events from Brevo's webhooks, once each. Machine opens (prefetchers opening within
-- seconds of delivery) are kept but left out of the rates.
create table audience_campaign_email_events (
    tenant_id    bigint      not null,
    campaign_id  bigint      not null,
    customer_id  bigint      not null,
    event        text        not null check (event in ('delivered', 'opened', 'clicked', 'soft_bounce', 'hard_bounce', 'unsubscribed', 'spam')),
    occurred_at  timestamptz not null,
    machine      boolean     not null default false,
    received_at  timestamptz not null,
    primary key (tenant_id, campaign_id, customer_id, event, occurred_at)
);
