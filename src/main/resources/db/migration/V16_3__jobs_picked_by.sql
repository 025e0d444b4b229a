-- The replica (host/pid/start) that ran a job's latest attempt.
alter table jobs add column picked_by text;
