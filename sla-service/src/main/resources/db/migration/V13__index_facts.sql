-- Issue 16: what Decision 766/QĐ-TTg's index needs of each dossier (docs/decision-766.md), written by the lifecycle
-- consumer in the event's transaction (with its consumed_event row, so a redelivery changes nothing).
-- One row per dossier: the receipt's IndexFacts (null columns: an older receipt without them), the result's
-- digitisation (ProcessingCompleted, the first one) and the citizen's rating (ServiceRated, the first one).
create table index_fact (
    dossier_code          varchar(64)  primary key references tracked_dossier (code) deferrable initially deferred,
    online_level          varchar(8),
    effective_from        date,
    published_on          date,
    documents             integer,
    documents_digitised   integer,
    documents_reused      integer,
    result_at             timestamptz,
    result_digitised      boolean,
    result_reused         boolean,
    rated_at              timestamptz,
    score_access          integer,
    score_procedure       integer,
    score_officer         integer,
    score_result          integer,
    score_feedback        integer
);
create index index_fact_result on index_fact (result_at) where result_at is not null;
create index index_fact_rated on index_fact (rated_at) where rated_at is not null;

-- Fees paid: at the counter with the receipt (IndexFacts.fee) and each FeesPaid that says how (FeePayment).
create table fee_payment (
    id            bigserial    primary key,
    dossier_code  varchar(64)  not null references tracked_dossier (code) deferrable initially deferred,
    paid_at       timestamptz  not null,
    amount        bigint       not null,
    channel       varchar(8)   not null
);
-- Hibernate takes the ids 50 at a time, so that a chunk's inserts are batched (as V5)
alter sequence fee_payment_id_seq increment by 50;
create index fee_payment_paid on fee_payment (paid_at);
