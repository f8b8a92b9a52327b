-- Overdue is judged against the receipt's appointment as pauses moved it (scoring_due_at), the one the outcome is
-- scored on: since processing-service re-appoints every dossier whose appointment passes (issue 13), judging it
-- against the new appointment would have put every late dossier back "within its deadline" on the dashboard.
create index tracked_dossier_open_scoring_due on tracked_dossier (scoring_due_at) where ended_at is null;
drop index if exists tracked_dossier_open_due;

-- a rescheduled dossier that became overdue again at its new appointment has been overdue since its first one
update tracked_dossier set stock_since = scoring_due_at
where ended_at is null and stock = 'OVERDUE' and rescheduled_at is not null and scoring_due_at < stock_since
    and stock_since = current_due_at;

-- the overdue stock of every day is rebuilt under that rule (the other figures come out as they were)
select stats_rebuild();
