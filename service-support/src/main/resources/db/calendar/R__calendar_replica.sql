-- The replica of calendar.v1 kept by services with motcua.calendar.replica=true (add db/calendar to
-- quarkus.flyway.locations). Repeatable and idempotent: a service that kept its calendars under another name
-- renames that table in its own versioned migration, which Flyway runs first.
create table if not exists calendar_replica (
    id          varchar(100) primary key,
    definition  text         not null,
    updated_at  timestamptz  not null
);
