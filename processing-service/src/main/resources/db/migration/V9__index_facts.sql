-- Issue 16: what Decision 766/QĐ-TTg's index needs of processing. The latest fee payment's amount (đồng), channel
-- (ONLINE through the portal's payment platform, OFFLINE at a counter or bank) and time; whether the result was
-- issued digitally and put in the citizen's store on the portal. Null when the officer did not state them.
alter table dossier add column fee_amount bigint;
alter table dossier add column fee_channel varchar(10);
alter table dossier add column fee_paid_at timestamptz;
alter table dossier add column result_digitised boolean;
alter table dossier add column result_reused_from_portal boolean;
