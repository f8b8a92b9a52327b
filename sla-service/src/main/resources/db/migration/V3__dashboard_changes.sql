-- The dashboard polls "did anything change?" every few seconds: max(updated_at) must be an index read.
create index tracked_dossier_updated on tracked_dossier (updated_at);
