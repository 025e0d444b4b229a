-- Tenants are the root of every other table's key. The core assigns their ids.
create table tenants (
    id          bigint primary key check (id > 0),
    name        text        not null,
    currency    char(3)     not null,
    plan        text        not null,
    created_at  timestamptz not null
);

-- Tenant API keys: only the SHA-256 of the secret is kept.
create table api_keys (
    tenant_id    bigint      not null references tenants (id) on delete cascade,
    id           bigint      generated always as identity,
    key_hash     bytea       not null unique,
    prefix       text        not null,
    name         text,
    created_at   timestamptz not null,
    revoked_at   timestamptz,
    primary key (tenant_id, id)
);
create unique index api_keys_id on api_keys (id);

-- The generated operator key (when FANBASE_OPERATOR_KEY is not set): one row, hash only.
create table operator_keys (
    id          smallint primary key check (id = 1),
    key_hash    bytea       not null,
    created_at  timestamptz not null
);
