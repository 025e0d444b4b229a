-- Who last saved a campaign as scheduled, and with which role: the scheduler launches it
-- with that role, so the tenant's owner rules apply to a scheduled launch as to "launch now".
-- Null while it is a draft, and for campaigns scheduled before this was recorded (those are
-- launched as a marketer's).
alter table audience_campaigns
    add column scheduled_by_type text check (scheduled_by_type in ('user', 'key', 'operator')),
    add column scheduled_by_id   bigint,
    add column scheduled_by_role text check (scheduled_by_role in ('owner', 'marketer', 'analyst'));
