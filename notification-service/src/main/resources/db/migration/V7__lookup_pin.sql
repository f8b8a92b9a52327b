-- The citizen's lookup PIN (issue 20), from DossierReceived: the citizen's e-mail letters remind them of it. Kept in
-- clear because the letter must show it, only as long as needed: the context drops it when processing ends, a notice
-- when it is sent or failed. The stored letter (shown to staff, in the delivery log) has a placeholder instead.
alter table dossier_context add column lookup_pin varchar(16);
alter table notice add column lookup_pin varchar(16);
