-- Issue 13: processing-service owns the one new appointment (Decree 61/2018/NĐ-CP art. 12: set once) and publishes it,
-- automatic or by an officer, as DossierRescheduled. The context keeps that date for the escalation of a missed
-- appointment.
alter table dossier_context add column new_due_at timestamptz;

-- A letter sent before this change is the dossier's one re-appointment: an automatic apology whose date this service
-- chose becomes it (processing reconciles it into an automatic DossierRescheduled, which then finds the dossier
-- re-appointed and its letter keyed (dossier, 1, AUTO_APOLOGY) already); an officer's apology, when both exist, is
-- the appointment processing knew and wins.
update dossier_context c
   set rescheduled = true,
       new_due_at = coalesce(
           (select n.new_due_at from notice n
             where n.dossier_code = c.dossier_code and n.kind = 'APOLOGY' and n.new_due_at is not null
             order by n.created_at limit 1),
           (select n.new_due_at from notice n
             where n.dossier_code = c.dossier_code and n.kind = 'AUTO_APOLOGY' and n.new_due_at is not null
             order by n.created_at limit 1))
 where exists (select 1 from notice n where n.dossier_code = c.dossier_code and n.kind in ('APOLOGY', 'AUTO_APOLOGY'));
