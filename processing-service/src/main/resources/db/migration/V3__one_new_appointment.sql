-- Issue 13: processing owns the one new appointment (Decree 61/2018/NĐ-CP art. 12), whether an officer set it or
-- processing did when the first appointment passed with none; the views say which, and whether it was late.
alter table dossier add column reschedule_automatic boolean not null default false;
-- null: a reschedule recorded before this change, judged by the start-up reconciliation (it needs the calendar)
alter table dossier add column reschedule_late boolean;
alter table dossier add column rescheduled_at timestamptz;

-- officers' reschedules so far: recorded when their history line was
update dossier d set rescheduled_at = h.recorded_at
from dossier_history h
where h.dossier_id = d.id and h.action = 'reschedule' and d.rescheduled;

-- the reconciliation walks the first misses (a small share of all alerts) in id order
create index deadline_alert_first_miss on deadline_alert (id) where kind = 'MISSED' and episode = 1;
