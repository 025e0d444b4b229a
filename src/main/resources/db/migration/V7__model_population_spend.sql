-- The tenant's average order value at fit time, the spend a customer without history of their
-- own is expected to make. Stored with the model so that loading it (every refresh cycle)
-- does not rescan every profile.
alter table profile_models add column population_spend double precision not null default 0;
