-- Issue 13: a pause moves the appointment in processing as in sla-service (one rule, service-support Appointments),
-- so an officer's apology is judged on the appointment in force and the lookup shows it.
alter table dossier add column scoring_due_at timestamptz;
alter table dossier add column paused_since timestamptz;
-- the procedure's legal time, for RESTART; unknown for dossiers received before this version (they extend instead)
alter table dossier add column processing_amount integer;
alter table dossier add column processing_unit varchar(32);

-- pauses that ended before this version are not replayed: those appointments stay as they were
update dossier set scoring_due_at = original_due_at;

-- a pause running now began when the dossier last entered its status
update dossier d set paused_since = (
    select max(h.occurred_at) from dossier_history h where h.dossier_id = d.id and h.to_status = d.status)
where d.status in ('SUPPLEMENT_REQUESTED', 'AWAITING_FEES');
