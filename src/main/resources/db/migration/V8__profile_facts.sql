-- The narrow, scan-friendly projection of each profile that segment criteria, previews,
-- refreshes and lookalikes evaluate: the catalog's fields and the customer's reachability,
-- about a sixth of a customer_profiles row. Written by the profiles module after scoring.
create table profile_facts (
    tenant_id               bigint           not null,
    customer_id             bigint           not null,
    purchase_count          integer          not null,
    total_spent_cents       bigint           not null,
    avg_order_cents         bigint,
    typical_price_cents     bigint,
    engagement_score        smallint         not null,
    churn_risk              smallint,
    age                     integer,
    predicted_clv_cents     bigint,
    expected_purchases_90d  double precision,
    last_purchase_at        timestamptz,
    customer_since          timestamptz      not null,
    genre_names             text[]           not null,
    event_type_names        text[]           not null,
    preferred_days          text[]           not null,
    city                    text,
    country                 text,
    email_consent           boolean          not null,
    ads_consent             boolean          not null,
    has_email               boolean          not null,
    has_phone               boolean          not null,
    primary key (tenant_id, customer_id)
);
-- Previews show the most engaged matches first; this finds them without a sort.
create index profile_facts_engagement on profile_facts (tenant_id, engagement_score desc, customer_id);

insert into profile_facts
select p.tenant_id, p.customer_id, p.purchase_count, p.total_spent_cents, p.avg_order_cents,
    (p.price_min_cents + p.price_max_cents) / 2, p.engagement_score, p.churn_risk, p.age, p.predicted_clv_cents,
    p.expected_purchases_90d, p.last_purchase_at, c.created_at, p.genre_names, p.event_type_names, p.preferred_days,
    lower(btrim(p.city)), lower(btrim(p.country)), c.email_consent, c.ads_consent, c.email is not null,
    c.phone_e164 is not null
from customer_profiles p join customers c on c.tenant_id = p.tenant_id and c.id = p.customer_id;

-- A lookalike's size may be a share of the tenant's customers instead of a number.
alter table audience_segments add column lookalike_ratio double precision;
