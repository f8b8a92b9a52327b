-- The citizen's lookup PIN (issue 20): printed on the receipt slip by intake, carried by DossierReceived; only its
-- hash is kept here (SHA-256 of code and PIN, see domain.LookupPin). Null for dossiers received before it: for them the
-- phone's last 4 digits still open the lookup.
alter table dossier add column lookup_pin_hash varchar(64);

-- A result link now stands for the successful check itself: it keeps no secret (neither the phone ending nor the PIN).
alter table lookup_grant alter column phone_last4 drop not null;
