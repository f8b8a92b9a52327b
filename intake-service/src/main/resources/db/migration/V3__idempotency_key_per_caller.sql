-- An Idempotency-Key is the caller's own: unique per (caller, key), so two clerks choosing the same key get two
-- receipts and neither can read the other's stored answer. caller is the JSON array [user, agency claim] of the
-- token (Caller#user, Caller#agency). Rows stored before this change knew no caller: they get [entered_by] of
-- their dossier (the user who received or imported it, agency unknown) and answer that user's retries in any
-- agency; a row without a dossier cannot be attributed and gets [], which answers nobody.
alter table idempotency_key add column caller varchar(500);
update idempotency_key k set caller = json_build_array(d.entered_by)::text from dossier d where d.code = k.dossier_code;
update idempotency_key set caller = '[]' where caller is null;
alter table idempotency_key alter column caller set not null;
alter table idempotency_key drop constraint idempotency_key_pkey;
alter table idempotency_key add primary key (caller, idempotency_key);
