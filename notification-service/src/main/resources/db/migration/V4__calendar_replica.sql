-- Calendars consumed from calendar.v1 now live in service-support's replica (db/calendar/R__calendar_replica.sql,
-- which creates the table only if it does not exist): the same columns under the shared name.
alter table business_calendar rename to calendar_replica;
alter table calendar_replica rename constraint business_calendar_pkey to calendar_replica_pkey;
