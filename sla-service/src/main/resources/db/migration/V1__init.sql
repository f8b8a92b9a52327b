-- sla-service: what it knows about each dossier's deadline, built from dossier.lifecycle.v1 and calendar.v1.

-- Calendars as published on calendar.v1 (latest value wins); vn.motcua.calendar.OfficialCalendars is the fallback.
create table business_calendar (
    id          varchar(100) primary key,
    json        text         not null,
    updated_at  timestamptz  not null
);

-- Agencies seen in events (AgencyRef); ancestors known only by code have a null name and level.
-- path = codes from the root down to and including the agency, for subtree filters.
create table agency (
    code   varchar(64)  primary key,
    name   varchar(300),
    level  varchar(16),
    path   text[]       not null,
    depth  integer      not null
);
create index agency_path on agency using gin (path);

create table tracked_dossier (
    code                    varchar(64)  primary key,
    procedure_code          varchar(64)  not null,
    procedure_version       integer      not null,
    procedure_name          varchar(500) not null,
    field_code              varchar(64),
    field_name              varchar(300),
    deciding_agency_code    varchar(64)  not null,
    deciding_agency_level   varchar(16),
    receiving_agency_code   varchar(64)  not null,
    channel                 varchar(16)  not null,
    calendar_id             varchar(100),
    received_at             timestamptz  not null,
    processing_amount       integer,
    processing_unit         varchar(16),
    supplement_policy       varchar(8)   not null,
    -- the appointment on the receipt slip; never changes
    original_due_at         timestamptz,
    -- the appointment statistics score against: original moved by pauses (PAUSE) or restarted (RESTART), never by a reschedule
    scoring_due_at          timestamptz,
    -- the appointment the scanner watches: scoring due in episode 1, the new appointment (moved by later pauses) in episode 2
    current_due_at          timestamptz,
    episode                 integer      not null,
    rescheduled_at          timestamptz,
    status                  varchar(32)  not null,
    paused_since            timestamptz,
    pause_kind              varchar(16),
    paused_seconds          bigint       not null,
    supplement_requests     integer      not null,
    holding_unit_code       varchar(64),
    holding_officer         varchar(200),
    step_name               varchar(300),
    step_due_at             timestamptz,
    ended_at                timestamptz,
    outcome                 varchar(8),
    -- next instant the scanner must look at this dossier (warning or due); null when ended, paused or nothing left to emit
    next_check_at           timestamptz,
    updated_at              timestamptz  not null
);
-- the scanner reads only open, unpaused dossiers with something left to emit, earliest first
create index tracked_dossier_next_check on tracked_dossier (next_check_at) where next_check_at is not null;
create index tracked_dossier_received on tracked_dossier (received_at, deciding_agency_code);
create index tracked_dossier_ended on tracked_dossier (ended_at, deciding_agency_code);
create index tracked_dossier_open_due on tracked_dossier (current_due_at) where ended_at is null;
create index tracked_dossier_agency on tracked_dossier (deciding_agency_code, received_at);

-- Deadline episodes: 1 = original appointment, 2 = the new appointment after a reschedule.
-- approaching_at / missed_at are set in the same transaction as the outbox row: at most one event of each per episode.
create table deadline_episode (
    id              bigserial    primary key,
    dossier_code    varchar(64)  not null references tracked_dossier (code),
    episode         integer      not null,
    due_at          timestamptz,
    opened_at       timestamptz  not null,
    approaching_at  timestamptz,
    missed_at       timestamptz,
    constraint deadline_episode_once unique (dossier_code, episode)
);

-- Paused periods: supplement requested until received, fees requested until paid.
create table paused_interval (
    id               bigserial    primary key,
    dossier_code     varchar(64)  not null references tracked_dossier (code),
    kind             varchar(16)  not null,
    started_at       timestamptz  not null,
    ended_at         timestamptz,
    working_seconds  bigint
);
create index paused_interval_dossier on paused_interval (dossier_code, started_at);

-- Hand-overs with their own step deadlines (attribution of lateness).
create table processing_step (
    id            bigserial    primary key,
    dossier_code  varchar(64)  not null references tracked_dossier (code),
    seq           integer      not null,
    step_name     varchar(300),
    unit_code     varchar(64),
    officer       varchar(200),
    assigned_at   timestamptz  not null,
    due_at        timestamptz,
    constraint processing_step_seq unique (dossier_code, seq)
);
