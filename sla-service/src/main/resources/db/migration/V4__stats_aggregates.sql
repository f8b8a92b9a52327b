-- Incremental statistics: a statistics query reads these aggregates, never the dossiers.
--
-- Every change a dossier makes to the report columns is a delta dated by its day in Vietnam's time: flows
-- (received by channel, resolved early / on time / late) and changes of the three stocks (in progress, in progress
-- overdue, paused). A stock at the start of day D is the sum of its deltas before D, i.e. its value now minus the
-- deltas from D on. Consumers append deltas to stats_delta in the transaction of the event (no hot-row contention);
-- StatsFolder moves them every second into the day / month / now tables, in one transaction, so that a query that
-- adds the unfolded journal to the tables is always exact.

-- Where each open dossier stands in the stocks, and since when (the scanner's overdue transition can be undone by a
-- backdated event that arrives later).
alter table tracked_dossier add column stock varchar(8);
alter table tracked_dossier add column stock_since timestamptz;

create sequence stats_delta_seq increment by 50;

create table stats_delta (
    id                  bigint       primary key,
    day                 date         not null,
    agency_code         varchar(64)  not null,
    level               varchar(16)  not null,
    field_code          varchar(64)  not null,
    procedure_code      varchar(64)  not null,
    channel             varchar(16)  not null,
    received            integer      not null,
    received_in_person  integer      not null,
    received_online     integer      not null,
    received_postal     integer      not null,
    resolved            integer      not null,
    early               integer      not null,
    on_time             integer      not null,
    late                integer      not null,
    d_open              integer      not null,
    d_overdue           integer      not null,
    d_paused            integer      not null
);

-- Fine grain: any filter or grouping (agency, level, field, procedure, channel). period = the day or the month's 1st.
create table stats_day (
    period              date         not null,
    agency_code         varchar(64)  not null,
    level               varchar(16)  not null,
    field_code          varchar(64)  not null,
    procedure_code      varchar(64)  not null,
    channel             varchar(16)  not null,
    received            bigint       not null,
    received_in_person  bigint       not null,
    received_online     bigint       not null,
    received_postal     bigint       not null,
    resolved            bigint       not null,
    early               bigint       not null,
    on_time             bigint       not null,
    late                bigint       not null,
    d_open              bigint       not null,
    d_overdue           bigint       not null,
    d_paused            bigint       not null,
    primary key (period, agency_code, level, field_code, procedure_code, channel)
);
create table stats_month (like stats_day including all);

-- Coarse grain: agency (and its level) only, for the common reports that filter and group by agency, level or period.
create table stats_agency_day (
    period              date         not null,
    agency_code         varchar(64)  not null,
    level               varchar(16)  not null,
    received            bigint       not null,
    received_in_person  bigint       not null,
    received_online     bigint       not null,
    received_postal     bigint       not null,
    resolved            bigint       not null,
    early               bigint       not null,
    on_time             bigint       not null,
    late                bigint       not null,
    d_open              bigint       not null,
    d_overdue           bigint       not null,
    d_paused            bigint       not null,
    primary key (period, agency_code, level)
);
create table stats_agency_month (like stats_agency_day including all);

-- The stocks now (sum of every folded delta), so that a stock at D costs the deltas since D, not since the beginning.
create table stats_now (
    agency_code         varchar(64)  not null,
    level               varchar(16)  not null,
    field_code          varchar(64)  not null,
    procedure_code      varchar(64)  not null,
    channel             varchar(16)  not null,
    d_open              bigint       not null,
    d_overdue           bigint       not null,
    d_paused            bigint       not null,
    primary key (agency_code, level, field_code, procedure_code, channel)
);
create table stats_agency_now (
    agency_code         varchar(64)  not null,
    level               varchar(16)  not null,
    d_open              bigint       not null,
    d_overdue           bigint       not null,
    d_paused            bigint       not null,
    primary key (agency_code, level)
);

-- Names of fields and procedures for labels (the aggregates carry codes only).
create table dimension_label (
    kind  varchar(16)   not null,
    code  varchar(64)   not null,
    name  varchar(500),
    primary key (kind, code)
);
insert into dimension_label (kind, code, name)
    select 'FIELD', field_code, max(field_name) from tracked_dossier where field_code is not null group by field_code;
insert into dimension_label (kind, code, name)
    select 'PROCEDURE', procedure_code, max(procedure_name) from tracked_dossier group by procedure_code;

-- When the aggregates were last rebuilt from the dossiers.
create table stats_state (
    name   varchar(64)  primary key,
    value  text         not null
);

-- Moves up to max_rows journal rows into the aggregates in one statement (one snapshot, one transaction); one folder
-- at a time (advisory lock) so that two instances never upsert the same keys in different orders. Returns the rows moved.
create function stats_fold(max_rows integer) returns integer language plpgsql as $$
declare
    moved_rows integer;
begin
    if not pg_try_advisory_xact_lock(hashtext('motcua.stats_fold')) then
        return 0;
    end if;
    with moved as (
        delete from stats_delta where id in (select id from stats_delta limit max_rows) returning *
    ), fine as (
        select day, agency_code, level, field_code, procedure_code, channel, sum(received) as received, sum(received_in_person) as received_in_person, sum(received_online) as received_online, sum(received_postal) as received_postal, sum(resolved) as resolved, sum(early) as early, sum(on_time) as on_time, sum(late) as late, sum(d_open) as d_open, sum(d_overdue) as d_overdue, sum(d_paused) as d_paused
        from moved group by day, agency_code, level, field_code, procedure_code, channel
    ),
    up_day as (insert into stats_day as t (period, agency_code, level, field_code, procedure_code, channel, received, received_in_person, received_online, received_postal, resolved, early, on_time, late, d_open, d_overdue, d_paused)
        select day, agency_code, level, field_code, procedure_code, channel, sum(received), sum(received_in_person), sum(received_online), sum(received_postal), sum(resolved), sum(early), sum(on_time), sum(late), sum(d_open), sum(d_overdue), sum(d_paused) from fine group by 1, 2, 3, 4, 5, 6
        on conflict (period, agency_code, level, field_code, procedure_code, channel) do update set received = t.received + excluded.received, received_in_person = t.received_in_person + excluded.received_in_person, received_online = t.received_online + excluded.received_online, received_postal = t.received_postal + excluded.received_postal, resolved = t.resolved + excluded.resolved, early = t.early + excluded.early, on_time = t.on_time + excluded.on_time, late = t.late + excluded.late, d_open = t.d_open + excluded.d_open, d_overdue = t.d_overdue + excluded.d_overdue, d_paused = t.d_paused + excluded.d_paused),
    up_month as (insert into stats_month as t (period, agency_code, level, field_code, procedure_code, channel, received, received_in_person, received_online, received_postal, resolved, early, on_time, late, d_open, d_overdue, d_paused)
        select cast(date_trunc('month', day) as date), agency_code, level, field_code, procedure_code, channel, sum(received), sum(received_in_person), sum(received_online), sum(received_postal), sum(resolved), sum(early), sum(on_time), sum(late), sum(d_open), sum(d_overdue), sum(d_paused) from fine group by 1, 2, 3, 4, 5, 6
        on conflict (period, agency_code, level, field_code, procedure_code, channel) do update set received = t.received + excluded.received, received_in_person = t.received_in_person + excluded.received_in_person, received_online = t.received_online + excluded.received_online, received_postal = t.received_postal + excluded.received_postal, resolved = t.resolved + excluded.resolved, early = t.early + excluded.early, on_time = t.on_time + excluded.on_time, late = t.late + excluded.late, d_open = t.d_open + excluded.d_open, d_overdue = t.d_overdue + excluded.d_overdue, d_paused = t.d_paused + excluded.d_paused),
    up_now as (insert into stats_now as t (agency_code, level, field_code, procedure_code, channel, d_open, d_overdue, d_paused)
        select agency_code, level, field_code, procedure_code, channel, sum(d_open), sum(d_overdue), sum(d_paused) from fine group by 1, 2, 3, 4, 5
        on conflict (agency_code, level, field_code, procedure_code, channel) do update set d_open = t.d_open + excluded.d_open, d_overdue = t.d_overdue + excluded.d_overdue, d_paused = t.d_paused + excluded.d_paused),
    up_agency_day as (insert into stats_agency_day as t (period, agency_code, level, received, received_in_person, received_online, received_postal, resolved, early, on_time, late, d_open, d_overdue, d_paused)
        select day, agency_code, level, sum(received), sum(received_in_person), sum(received_online), sum(received_postal), sum(resolved), sum(early), sum(on_time), sum(late), sum(d_open), sum(d_overdue), sum(d_paused) from fine group by 1, 2, 3
        on conflict (period, agency_code, level) do update set received = t.received + excluded.received, received_in_person = t.received_in_person + excluded.received_in_person, received_online = t.received_online + excluded.received_online, received_postal = t.received_postal + excluded.received_postal, resolved = t.resolved + excluded.resolved, early = t.early + excluded.early, on_time = t.on_time + excluded.on_time, late = t.late + excluded.late, d_open = t.d_open + excluded.d_open, d_overdue = t.d_overdue + excluded.d_overdue, d_paused = t.d_paused + excluded.d_paused),
    up_agency_month as (insert into stats_agency_month as t (period, agency_code, level, received, received_in_person, received_online, received_postal, resolved, early, on_time, late, d_open, d_overdue, d_paused)
        select cast(date_trunc('month', day) as date), agency_code, level, sum(received), sum(received_in_person), sum(received_online), sum(received_postal), sum(resolved), sum(early), sum(on_time), sum(late), sum(d_open), sum(d_overdue), sum(d_paused) from fine group by 1, 2, 3
        on conflict (period, agency_code, level) do update set received = t.received + excluded.received, received_in_person = t.received_in_person + excluded.received_in_person, received_online = t.received_online + excluded.received_online, received_postal = t.received_postal + excluded.received_postal, resolved = t.resolved + excluded.resolved, early = t.early + excluded.early, on_time = t.on_time + excluded.on_time, late = t.late + excluded.late, d_open = t.d_open + excluded.d_open, d_overdue = t.d_overdue + excluded.d_overdue, d_paused = t.d_paused + excluded.d_paused),
    up_agency_now as (insert into stats_agency_now as t (agency_code, level, d_open, d_overdue, d_paused)
        select agency_code, level, sum(d_open), sum(d_overdue), sum(d_paused) from fine group by 1, 2
        on conflict (agency_code, level) do update set d_open = t.d_open + excluded.d_open, d_overdue = t.d_overdue + excluded.d_overdue, d_paused = t.d_paused + excluded.d_paused)
    select count(*) into moved_rows from moved;
    return moved_rows;
end
$$;

-- Recomputes every aggregate from the dossiers (after this migration, or after a bulk load in SQL). Exact for flows
-- and for the in-progress and paused stocks; a dossier counts overdue from its current appointment until its end
-- (ignoring pauses that straddled the appointment). Run it while no consumer writes.
create function stats_rebuild() returns bigint language plpgsql as $$
declare
    total bigint := 0;
    n integer;
begin
    -- grouping millions of deltas in memory rather than in sort files
    perform set_config('work_mem', '256MB', true);
    -- wait for a running fold; stats_fold's own try-lock then succeeds in this transaction
    perform pg_advisory_xact_lock(hashtext('motcua.stats_fold'));
    truncate stats_delta, stats_day, stats_month, stats_now, stats_agency_day, stats_agency_month, stats_agency_now;
    update tracked_dossier set stock = case
            when ended_at is not null then null
            when paused_since is not null then 'PAUSED'
            when current_due_at <= now() then 'OVERDUE'
            else 'IN_TIME' end,
        stock_since = case
            when ended_at is not null then ended_at
            when paused_since is not null then paused_since
            when current_due_at <= now() then current_due_at
            else received_at end
        where stock is distinct from (case when ended_at is not null then null when paused_since is not null
            then 'PAUSED' when current_due_at <= now() then 'OVERDUE' else 'IN_TIME' end);
    insert into stats_delta (id, day, agency_code, level, field_code, procedure_code, channel, received, received_in_person, received_online, received_postal, resolved, early, on_time, late, d_open, d_overdue, d_paused)
    select -nextval('stats_delta_seq'), day, agency_code, level, field_code, procedure_code, channel, sum(received), sum(received_in_person), sum(received_online), sum(received_postal), sum(resolved), sum(early), sum(on_time), sum(late), sum(d_open), sum(d_overdue), sum(d_paused)
    from (
        select cast((d.received_at) at time zone 'Asia/Ho_Chi_Minh' as date), d.deciding_agency_code, coalesce(d.deciding_agency_level, '-'), coalesce(d.field_code, '-'), d.procedure_code, d.channel, 1, case when d.channel = 'IN_PERSON' then 1 else 0 end, case when d.channel = 'ONLINE' then 1 else 0 end, case when d.channel = 'POSTAL' then 1 else 0 end, 0, 0, 0, 0, 1, 0, 0
        from tracked_dossier d
        union all
        select cast((d.ended_at) at time zone 'Asia/Ho_Chi_Minh' as date), d.deciding_agency_code, coalesce(d.deciding_agency_level, '-'), coalesce(d.field_code, '-'), d.procedure_code, d.channel, 0, 0, 0, 0, 1, case when d.outcome = 'EARLY' then 1 else 0 end, case when d.outcome = 'ON_TIME' then 1 else 0 end, case when d.outcome = 'LATE' then 1 else 0 end, -1, 0, 0
        from tracked_dossier d where d.ended_at is not null
        union all
        select cast((p.started_at) at time zone 'Asia/Ho_Chi_Minh' as date), d.deciding_agency_code, coalesce(d.deciding_agency_level, '-'), coalesce(d.field_code, '-'), d.procedure_code, d.channel, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1
        from paused_interval p join tracked_dossier d on d.code = p.dossier_code
        union all
        select cast((p.ended_at) at time zone 'Asia/Ho_Chi_Minh' as date), d.deciding_agency_code, coalesce(d.deciding_agency_level, '-'), coalesce(d.field_code, '-'), d.procedure_code, d.channel, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -1
        from paused_interval p join tracked_dossier d on d.code = p.dossier_code where p.ended_at is not null
        union all
        select cast((d.current_due_at) at time zone 'Asia/Ho_Chi_Minh' as date), d.deciding_agency_code, coalesce(d.deciding_agency_level, '-'), coalesce(d.field_code, '-'), d.procedure_code, d.channel, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0
        from tracked_dossier d where d.current_due_at < coalesce(d.ended_at, now())
            and (d.ended_at is not null or d.paused_since is null)
        union all
        select cast((d.ended_at) at time zone 'Asia/Ho_Chi_Minh' as date), d.deciding_agency_code, coalesce(d.deciding_agency_level, '-'), coalesce(d.field_code, '-'), d.procedure_code, d.channel, 0, 0, 0, 0, 0, 0, 0, 0, 0, -1, 0
        from tracked_dossier d where d.current_due_at < d.ended_at
    ) as deltas (day, agency_code, level, field_code, procedure_code, channel, received, received_in_person, received_online, received_postal, resolved, early, on_time, late, d_open, d_overdue, d_paused)
    group by day, agency_code, level, field_code, procedure_code, channel;
    loop
        n := stats_fold(1000000);
        total := total + n;
        exit when n = 0;
    end loop;
    -- the journal is empty: give back the pages those rows took (every query reads the journal)
    truncate stats_delta;
    insert into stats_state (name, value) values ('rebuilt_at', cast(now() as text))
        on conflict (name) do update set value = excluded.value;
    return total;
end
$$;

select stats_rebuild();
