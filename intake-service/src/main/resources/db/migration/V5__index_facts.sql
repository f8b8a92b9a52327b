-- Issue 16: what Decision 766/QĐ-TTg's index needs. A procedure version says how far it can be done online
-- (Decree 42/2022/NĐ-CP art. 11: FULL, PARTIAL, NONE) and when it was published for citizens (transparency: no later
-- than it took effect); versions written before are NONE, publication unknown.
alter table procedure_version add column online_level varchar(10) not null default 'NONE';
alter table procedure_version add column published_on date;

-- A received dossier keeps the facts its DossierReceived carried (JSON of IndexFacts: online level, effective and
-- publication dates, documents digitised and reused from the portal, the fee paid at receipt); null before.
alter table dossier add column index_facts text;
