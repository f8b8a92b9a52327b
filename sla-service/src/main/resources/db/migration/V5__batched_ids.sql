-- The consumer applies a chunk of events per transaction and inserts these rows in JDBC batches: Hibernate takes ids
-- 50 at a time from the columns' own sequences (rows inserted in SQL keep using the column default).
alter sequence deadline_episode_id_seq increment by 50;
alter sequence paused_interval_id_seq increment by 50;
alter sequence processing_step_id_seq increment by 50;

-- Hibernate orders a chunk's inserts by table (hibernate.order_inserts) to batch them; the references to the dossier
-- (not mapped as associations, so not ordered by Hibernate) are checked at commit instead of per row.
alter table deadline_episode alter constraint deadline_episode_dossier_code_fkey deferrable initially deferred;
alter table paused_interval alter constraint paused_interval_dossier_code_fkey deferrable initially deferred;
alter table processing_step alter constraint processing_step_dossier_code_fkey deferrable initially deferred;
