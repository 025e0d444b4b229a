-- db-scheduler's own table: durable, cluster-safe execution of the jobs below and of the
-- recurring schedules. It is infrastructure shared by all tenants, so it has no tenant_id.
create table scheduled_tasks (
    task_name            text not null,
    task_instance        text not null,
    task_data            bytea,
    execution_time       timestamptz,
    picked               boolean not null,
    picked_by            text,
    last_success         timestamptz,
    last_failure         timestamptz,
    consecutive_failures int,
    last_heartbeat       timestamptz,
    version              bigint not null,
    priority             smallint,
    state                text,
    primary key (task_name, task_instance)
);
create index scheduled_tasks_execution_time on scheduled_tasks (execution_time);
create index scheduled_tasks_last_heartbeat on scheduled_tasks (last_heartbeat);
create index scheduled_tasks_priority on scheduled_tasks (priority desc, execution_time asc);

-- A tenant's background job as its users see it: what, how far, how it ended.
create table jobs (
    tenant_id    bigint      not null references tenants (id) on delete cascade,
    id           bigint      generated always as identity,
    type         text        not null,
    status       text        not null check (status in ('queued', 'running', 'succeeded', 'failed')),
    params       jsonb       not null default '{}',
    checkpoint   jsonb,
    processed    bigint      not null default 0,
    total        bigint,
    error        text,
    attempts     int         not null default 0,
    created_at   timestamptz not null,
    started_at   timestamptz,
    finished_at  timestamptz,
    primary key (tenant_id, id)
);
create unique index jobs_id on jobs (id);
-- At most one unfinished job of a type per tenant: a second request joins the first.
create unique index jobs_one_active on jobs (tenant_id, type) where status in ('queued', 'running');
