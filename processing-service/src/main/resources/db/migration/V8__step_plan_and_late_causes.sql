-- Issue 17. The procedure's step plan as DossierReceived carried it (a JSON array of PlannedStep; [] for dossiers
-- received before it): a hand-over without its own step deadline takes its planned step's time on the calendar.
alter table dossier add column step_plan text not null default '[]';

-- Why a late step ran late, as an officer recorded it (SUBJECTIVE: chủ quan, OBJECTIVE: khách quan); a later record
-- replaces the earlier one, the lifecycle topic keeps them all.
alter table hand_over add column late_cause varchar(20);
alter table hand_over add column late_explanation varchar(2000);
alter table hand_over add column late_cause_by varchar(300);
alter table hand_over add column late_cause_at timestamptz;
