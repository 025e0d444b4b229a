-- Graded event targeting: the order of a generation (score, exact score, propensity) is kept as a
-- position, the shows of the event's artists a customer went to are kept for the reason's words,
-- and each generation records the profiles it was made from.
alter table event_recommendations add column rank_position integer, add column artist_shows integer not null default 0;
drop index event_recommendations_rank;
create index event_recommendations_rank on event_recommendations (tenant_id, event_id, score desc, rank_position)
    where converted_at is null;

alter table event_recommendation_runs add column profiles_as_of timestamptz, add column profiles bigint;

-- Per tenant: whether learned weights are switched on, and the last back-test's fit and figures.
create table recommendation_weights (
    tenant_id        bigint           not null references tenants (id) on delete cascade,
    learned_enabled  boolean          not null default false,
    weights          float8[],
    in_use           text             not null default 'seed',
    seed_ndcg        double precision,
    learned_ndcg     double precision,
    backtest_cutoff  timestamptz,
    backtest_events  integer,
    fitted_at        timestamptz,
    fit_error        text,
    primary key (tenant_id)
);
