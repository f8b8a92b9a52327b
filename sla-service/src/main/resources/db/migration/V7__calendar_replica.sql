-- Calendars are now kept by service-support's CalendarReplica (table calendar_replica, created by db/calendar's
-- repeatable migration when missing): the table consumed from calendar.v1 since V1 is renamed, its rows kept.
alter table business_calendar rename to calendar_replica;
alter table calendar_replica rename column json to definition;
alter table calendar_replica rename constraint business_calendar_pkey to calendar_replica_pkey;
