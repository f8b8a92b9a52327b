-- Issue 17: why a late step ran late, from StepLateCauseRecorded (SUBJECTIVE: chủ quan, OBJECTIVE: khách quan);
-- null until an officer records one. GET /api/v1/stats?groupBy=unit|step|officer counts late dossiers by it.
alter table processing_step add column late_cause varchar(20);
alter table processing_step add column late_explanation varchar(2000);

-- the attribution reads the late dossiers resolved in a period, then their steps
create index tracked_dossier_late_ended on tracked_dossier (ended_at) where outcome = 'LATE';
