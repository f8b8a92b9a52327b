-- What the portal knows of each dossier: the state its next change is composed from (JSON of domain.DossierTrack).
create table tracked_dossier (
    dossier_code  varchar(64)  primary key,
    state         text         not null,
    last_seq      integer      not null,
    updated_at    timestamptz  not null
);

-- One row per lifecycle change to send, queued in the transaction that consumed the event. seq orders a dossier's
-- changes; sync_key (MaHoSo-seq) is stable, so a resend is recognised by the portal as the same change.
create table sync_change (
    id               bigserial     primary key,
    dossier_code     varchar(64)   not null,
    seq              integer       not null,
    sync_key         varchar(100)  not null unique,
    event_type       varchar(60)   not null,
    agency_code      varchar(64)   not null,
    -- '|root|...|agency|': the deciding agency and its ancestors, for a status per agency or parent agency
    agency_path      varchar(1000) not null,
    national_status  integer       not null,
    payload          text          not null,
    queued_at        timestamptz   not null,
    next_attempt_at  timestamptz   not null,
    attempts         integer       not null default 0,
    acknowledged_at  timestamptz,
    duplicate        boolean       not null default false,
    last_error       varchar(1000),
    unique (dossier_code, seq)
);
-- the sender reads only unacknowledged rows
create index sync_change_pending on sync_change (dossier_code, seq) where acknowledged_at is null;
create index sync_change_agency on sync_change (agency_code);
