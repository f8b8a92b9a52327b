-- Dossiers imported with their history from a previous system (POST /api/v1/dossiers/imports): their
-- DossierReceived says migrated, so appointments already past at entered_at raise no warning or notice.
alter table dossier add column migrated boolean not null default false;
