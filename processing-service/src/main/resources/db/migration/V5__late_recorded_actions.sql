-- Work recorded late (issue 20): how many working days after it happened each action was recorded, on the deciding
-- agency's calendar, judged when it was recorded; null for lines written before this version (not judged).
alter table dossier_history add column working_days_late integer;

-- GET /api/v1/admin/late-recorded: the few lines recorded late, newest recording first
create index dossier_history_late on dossier_history (recorded_at desc) where working_days_late > 0;
