-- Orders and activities are written in batches of thousands whose references are
-- checked set-based in the same transaction (ingestion rejects rows whose customer or event the
-- tenant does not have). The row-by-row
-- foreign-key triggers repeated that work and doubled the cost of every insert, so they go.
-- Deleting a customer (erasure) deletes its orders, activities, watchlist and profile explicitly.
alter table orders drop constraint orders_tenant_id_customer_id_fkey;
alter table orders drop constraint orders_tenant_id_event_id_fkey;
alter table activities drop constraint activities_tenant_id_customer_id_fkey;
