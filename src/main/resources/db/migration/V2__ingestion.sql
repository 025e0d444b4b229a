-- The core's data, keyed by the core's own ids within a tenant.
create table customers (
    tenant_id         bigint      not null references tenants (id) on delete cascade,
    id                bigint      not null check (id > 0),
    email             text,
    phone             text,
    phone_e164        text,
    first_name        text,
    last_name         text,
    birth_date        date,
    city              text,
    country           char(2),
    email_consent     boolean     not null default false,
    email_consent_at  timestamptz,
    ads_consent       boolean     not null default false,
    ads_consent_at    timestamptz,
    created_at        timestamptz not null,
    updated_at        timestamptz not null,
    primary key (tenant_id, id)
);
create index customers_email on customers (tenant_id, lower(email));

create table events (
    tenant_id        bigint      not null references tenants (id) on delete cascade,
    id               bigint      not null check (id > 0),
    name             text        not null,
    event_type       text        not null,
    genres           text[]      not null default '{}',
    artists          text[]      not null default '{}',
    venue_name       text,
    city             text,
    country          char(2),
    starts_at        timestamptz not null,
    min_price_cents  bigint,
    max_price_cents  bigint,
    currency         char(3)     not null,
    status           text        not null,
    updated_at       timestamptz not null,
    primary key (tenant_id, id)
);
create index events_starts_at on events (tenant_id, starts_at);

create table orders (
    tenant_id    bigint      not null,
    id           bigint      not null check (id > 0),
    customer_id  bigint      not null,
    event_id     bigint      not null,
    total_cents  bigint      not null,
    currency     char(3)     not null,
    tickets      integer     not null,
    status       text        not null,
    placed_at    timestamptz not null,
    updated_at   timestamptz not null,
    primary key (tenant_id, id),
    foreign key (tenant_id, customer_id) references customers (tenant_id, id) on delete cascade,
    foreign key (tenant_id, event_id) references events (tenant_id, id) on delete cascade
);
create index orders_customer on orders (tenant_id, customer_id);
create index orders_event on orders (tenant_id, event_id);

-- Activities without a core id get a negative id derived from their content, so a re-push is idempotent.
create table activities (
    tenant_id    bigint      not null,
    id           bigint      not null,
    customer_id  bigint      not null,
    type         text        not null,
    event_id     bigint,
    occurred_at  timestamptz not null,
    primary key (tenant_id, id),
    foreign key (tenant_id, customer_id) references customers (tenant_id, id) on delete cascade
);
create index activities_customer on activities (tenant_id, customer_id, occurred_at);
create index activities_watchlist on activities (tenant_id, customer_id, event_id, occurred_at)
    where type in ('watchlist_add', 'watchlist_remove');

-- Current watchlist state: the latest add or remove per customer and event wins.
create table watchlist (
    tenant_id    bigint      not null,
    customer_id  bigint      not null,
    event_id     bigint      not null,
    added_at     timestamptz not null,
    primary key (tenant_id, customer_id, event_id),
    foreign key (tenant_id, customer_id) references customers (tenant_id, id) on delete cascade
);
