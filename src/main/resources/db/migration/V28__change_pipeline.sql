-- The change pipeline's outbox: one row per batch of work waiting for the next hop.
-- 'segments' rows carry the customers whose profiles changed (to evaluate against the
-- tenant's dynamic segments), 'exports' rows the segments whose members changed (to push
-- as deltas). A hop claims rows with skip locked, does its work, writes the next hop's row
-- and marks its own done in one transaction; the bulk path, which runs outside one, leases
-- rows (claimed_by, claimed_at) and redoes an expired lease's idempotent work.
create table pipeline_changes (
    tenant_id     bigint      not null,
    id            bigint      generated always as identity,
    hop           text        not null check (hop in ('segments', 'exports')),
    customer_ids  bigint[],
    segment_ids   bigint[],
    changed_at    timestamptz not null,
    created_at    timestamptz not null,
    claimed_by    text,
    claimed_at    timestamptz,
    done_at       timestamptz,
    primary key (tenant_id, id)
);
create index pipeline_changes_pending on pipeline_changes (hop, tenant_id, id) where done_at is null;

-- When the oldest change not yet in a profile was ingested: the start of the pipeline's lag.
alter table customer_changes add column changed_at timestamptz not null default now();

-- A lookalike whose source's members changed since its last refresh; the time the
-- time-relative rules of a dynamic segment were last evaluated for every customer.
alter table audience_segments add column stale_since timestamptz,
    add column time_evaluated_at timestamptz;

-- The segment's members_as_of when the export's current sync was queued, and when the last
-- successful sync was.
alter table audience_exports add column syncing_members_as_of timestamptz,
    add column members_as_of timestamptz;

-- Time-relative rules are re-evaluated only for customers whose time crossed a boundary.
create index profile_facts_last_purchase on profile_facts (tenant_id, last_purchase_at);
create index profile_facts_customer_since on profile_facts (tenant_id, customer_since);
