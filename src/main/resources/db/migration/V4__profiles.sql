-- Customers whose orders, activities or details changed since the profiles last looked.
-- Ingestion appends in the same transaction as the change; the profile refresher drains it.
create table customer_changes (
    tenant_id    bigint not null,
    customer_id  bigint not null,
    primary key (tenant_id, customer_id)
);

-- One row per customer: what targeting, segments, matching and exports read.
create table customer_profiles (
    tenant_id                bigint      not null,
    customer_id              bigint      not null,
    purchase_count           integer     not null default 0,
    total_spent_cents        bigint      not null default 0,
    avg_order_cents          bigint,
    tickets_bought           integer     not null default 0,
    first_purchase_at        timestamptz,
    last_purchase_at         timestamptz,
    events_attended          integer     not null default 0,
    genres                   jsonb       not null default '[]',
    genre_names              text[]      not null default '{}',
    event_types              jsonb       not null default '[]',
    event_type_names         text[]      not null default '{}',
    artists                  text[]      not null default '{}',
    price_min_cents          bigint,
    price_max_cents          bigint,
    preferred_days           text[]      not null default '{}',
    city                     text,
    country                  char(2),
    age                      integer,
    recent_views             integer     not null default 0,
    recent_cart_adds         integer     not null default 0,
    recent_email_clicks      integer     not null default 0,
    watchlist_count          integer     not null default 0,
    engagement_score         smallint    not null default 0,
    repeat_transactions      integer     not null default 0,
    recency_days             double precision,
    age_days                 double precision,
    mean_repeat_value_cents  double precision,
    p_alive                  double precision,
    churn_risk               smallint,
    expected_purchases_90d   double precision,
    expected_purchases_365d  double precision,
    predicted_clv_cents      bigint,
    churn_model              text,
    as_of                    timestamptz not null,
    updated_at               timestamptz not null,
    primary key (tenant_id, customer_id)
) with (fillfactor = 70);
-- Room on each page and no btree on the score columns keep the scorer's updates HOT.
create index customer_profiles_genres on customer_profiles using gin (genre_names);
create index customer_profiles_types on customer_profiles using gin (event_type_names);

-- The BG/NBD and Gamma-Gamma fit of a tenant, or the note that it fell back to the heuristic.
create table profile_models (
    tenant_id         bigint           not null references tenants (id) on delete cascade,
    model             text             not null,
    r                 double precision,
    alpha             double precision,
    a                 double precision,
    b                 double precision,
    log_likelihood    double precision,
    gg_p              double precision,
    gg_q              double precision,
    gg_v              double precision,
    gg_log_likelihood double precision,
    heuristic_rate    double precision,
    spend_reference   double precision not null default 1,
    time_unit         text             not null,
    as_of             timestamptz      not null,
    customers         bigint           not null,
    repeat_buyers     bigint           not null,
    fitted_at         timestamptz      not null,
    primary key (tenant_id)
);
