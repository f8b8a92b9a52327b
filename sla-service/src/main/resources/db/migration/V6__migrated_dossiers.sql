-- A dossier imported from a previous system with its history (DossierReceived.migrated): the instant it was imported.
-- Appointments that had passed by then are history: the scanner announces nothing for them; the statistics count them.
alter table tracked_dossier add column migrated_at timestamptz;
