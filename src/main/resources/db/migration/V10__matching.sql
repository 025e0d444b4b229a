-- Event targeting: each customer's score for an event, factor by factor, and whether they bought.
-- The best customers of a generation are stored (score >= 1, at most fanbase.matching.max-stored);
-- a regeneration replaces the unconverted rows and keeps the converted ones.
create table event_recommendations (
    tenant_id          bigint      not null,
    event_id           bigint      not null,
    customer_id        bigint      not null,
    score              smallint    not null,
    genre_points       smallint    not null,
    type_points        smallint    not null,
    artist_points      smallint    not null,
    price_points       smallint    not null,
    location_points    smallint    not null,
    engagement_points  smallint    not null,
    watchlist_points   smallint    not null,
    recommended_at     timestamptz not null,
    scored_at          timestamptz not null,
    converted_at       timestamptz,
    order_id           bigint,
    revenue_cents      bigint,
    primary key (tenant_id, event_id, customer_id)
);
-- The ranking the recommendations endpoint reads: best first, ties by customer id.
create index event_recommendations_rank on event_recommendations (tenant_id, event_id, score desc, customer_id)
    where converted_at is null;

-- The last generation per event.
create table event_recommendation_runs (
    tenant_id         bigint      not null,
    event_id          bigint      not null,
    generated_at      timestamptz not null,
    stored            bigint      not null,
    duration_ms       bigint      not null,
    weights           text        not null,
    primary key (tenant_id, event_id)
);

-- Events waiting for a generation (asked for through the API or by an ingested change);
-- a tenant's generation job drains them.
create table event_recommendation_requests (
    tenant_id     bigint      not null,
    event_id      bigint      not null,
    requested_at  timestamptz not null,
    primary key (tenant_id, event_id)
);

-- Who watches one event, for the watchlist factor.
create index watchlist_event on watchlist (tenant_id, event_id);
