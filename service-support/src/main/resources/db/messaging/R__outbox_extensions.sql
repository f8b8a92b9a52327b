-- CloudEvents extension attributes of an outbox event, a JSON object of names to string values (e.g. processing's
-- `recordedat`); null for none. Repeatable and idempotent rather than V0_2: every service's database already applied
-- its own V1.. migrations, and Flyway refuses a versioned migration older than the applied ones.
alter table outbox_event add column if not exists ce_extensions varchar(2000);
