-- Admin users of a tenant. The email is kept as typed and compared lower-cased; the password
-- is a Spring Security encoded hash ({bcrypt}...), null for a user who signs in only through
-- the tenant's single sign-on. The TOTP secret is sealed (AES-GCM, SecretBox) like platform
-- credentials. Signing out everywhere moves sessions_valid_from: older sessions end.
create table admin_users (
    tenant_id           bigint      not null references tenants (id) on delete cascade,
    id                  bigint      generated always as identity,
    email               text        not null,
    role                text        not null check (role in ('owner', 'marketer', 'analyst')),
    password_hash       text,
    totp_secret         bytea,
    totp_last_step      bigint,
    sessions_valid_from timestamptz not null,
    created_at          timestamptz not null,
    disabled_at         timestamptz,
    primary key (tenant_id, id)
);
create unique index admin_users_id on admin_users (id);
create unique index admin_users_email on admin_users (tenant_id, lower(email));
create index admin_users_by_email on admin_users (lower(email));

-- Single-use links: invitations (a user to be) and password resets (an existing user).
-- Only the SHA-256 of the token is kept.
create table admin_user_tokens (
    tenant_id   bigint      not null references tenants (id) on delete cascade,
    id          bigint      generated always as identity,
    token_hash  bytea       not null unique,
    purpose     text        not null check (purpose in ('invitation', 'reset')),
    email       text        not null,
    role        text        not null check (role in ('owner', 'marketer', 'analyst')),
    user_id     bigint,
    created_by  text        not null,
    created_at  timestamptz not null,
    expires_at  timestamptz not null,
    used_at     timestamptz,
    primary key (tenant_id, id)
);

-- OpenID Connect single sign-on of a tenant; the client secret is sealed.
create table tenant_sso (
    tenant_id      bigint      primary key references tenants (id) on delete cascade,
    issuer         text        not null,
    client_id      text        not null,
    client_secret  bytea       not null,
    email_domain   text        not null,
    default_role   text        not null check (default_role in ('owner', 'marketer', 'analyst')),
    updated_at     timestamptz not null
);
create unique index tenant_sso_domain on tenant_sso (lower(email_domain));

-- Every key gets a role. Keys issued before roles existed could do everything, so they are
-- owners: the core's integration keeps working unchanged.
alter table api_keys add column role text not null default 'owner'
    check (role in ('owner', 'marketer', 'analyst'));

-- The audit log: who (a user, a key, the operator) did what (method and route), to which
-- ids, with what outcome. Never a request body, query string, email or secret. Actions of
-- the operator that belong to no tenant are kept under tenant 0.
create table audit_log (
    tenant_id    bigint      not null,
    id           bigint      generated always as identity,
    at           timestamptz not null,
    actor_type   text        not null check (actor_type in ('user', 'key', 'operator')),
    actor_id     bigint,
    actor_role   text,
    action       text        not null,
    target       jsonb       not null,
    status       int         not null,
    primary key (tenant_id, id)
);
create index audit_log_at on audit_log (tenant_id, at desc, id desc);
