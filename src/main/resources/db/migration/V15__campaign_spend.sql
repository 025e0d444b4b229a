-- Ad spend read from the platforms' reporting endpoints: when an ad channel's linked platform
-- campaign was last asked (the hourly throttle, also after a failure) and when its spend was
-- last read successfully into spend_cents.
alter table audience_campaign_channels add column spend_checked_at timestamptz;
alter table audience_campaign_channels add column spend_synced_at timestamptz;

create index audience_campaign_channels_spend_due on audience_campaign_channels (spend_checked_at nulls first)
    where platform_campaign_id is not null and status = 'active';
