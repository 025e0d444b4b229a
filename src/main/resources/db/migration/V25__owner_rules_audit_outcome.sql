-- Which sensitive actions of a tenant need the owner role. Without a row every rule is on
-- and no launch needs an owner: platform credentials and the webhook secret are owners'.
-- owner_approval_above_recipients: a launch to a segment of more members than this needs an
-- owner (null: any size).
create table tenant_owner_rules (
    tenant_id                        bigint      primary key references tenants (id) on delete cascade,
    owner_only_platform_credentials  boolean     not null,
    owner_only_webhook_secret        boolean     not null,
    owner_approval_above_recipients  bigint      check (owner_approval_above_recipients >= 0),
    updated_at                       timestamptz not null
);

-- An entry is written in the transaction of the change it records, before its answer is
-- known: status stays null when the process ended between the commit and the answer.
alter table audit_log alter column status drop not null;

-- A refused sign-in with an email nobody has is filed under nobody: no id, no email.
alter table audit_log drop constraint audit_log_actor_type_check;
alter table audit_log add constraint audit_log_actor_type_check
    check (actor_type in ('user', 'key', 'operator', 'anonymous'));
