-- Churn chosen per tenant by a temporal back-test (issue 13).
-- churn_probability: the chosen model's probability that the customer buys nothing in the next
-- 180 days, kept at full precision for ranking (churn_risk is the same figure in whole percent).
alter table customer_profiles add column churn_probability double precision;

-- churn_model: the candidate that drives churn risk; churn: its parameters (count-model fits,
-- classifier coefficients); backtest: the back-test report shown by GET /profiles/model.
alter table profile_models add column churn_model text;
alter table profile_models add column churn jsonb;
alter table profile_models add column backtest jsonb;
