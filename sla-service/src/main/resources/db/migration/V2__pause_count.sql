-- Statistics probe paused_interval only for dossiers that were ever paused.
alter table tracked_dossier add column pause_count integer not null default 0;
