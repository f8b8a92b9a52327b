-- Issue 17: a procedure version may list its steps (name, the unit expected to do it, its time in the unit of the
-- processing time) as a JSON array of PlannedStep; their times add up to at most the processing time. Versions
-- written before have none: every step of their dossiers is due at the appointment.
alter table procedure_version add column steps text not null default '[]';
