-- A dossier imported with its history (DossierReceived.migrated): events and appointments before its import
-- (entered_at) are history and give no notice.
alter table dossier_context add column migrated boolean not null default false;
alter table dossier_context add column entered_at timestamptz;
