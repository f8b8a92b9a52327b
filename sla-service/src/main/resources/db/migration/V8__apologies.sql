-- Issue 13, the apology as the law writes it (Decree 61/2018/NĐ-CP art. 12; Decree 118/2025/NĐ-CP).
--
-- How each dossier was apologised for: NONE, OFFICER_IN_TIME (at least one working day before the appointment),
-- OFFICER_LATE (after that moment), AUTOMATIC (processing-service re-appointed it itself once the appointment had
-- passed). Reschedules recorded before this version were all officers': V9 (Java, it needs the agency calendars)
-- judges each of them in time or late; V10 then counts the late dossiers already resolved.
alter table tracked_dossier add column apology varchar(16) not null default 'NONE';

-- The late dossiers resolved, split by apology (the three add up to late): flows, like late itself.
alter table stats_delta add column apologised_in_time integer not null default 0, add column apologised_late integer not null default 0,
    add column never_apologised integer not null default 0;
alter table stats_day add column apologised_in_time bigint not null default 0, add column apologised_late bigint not null default 0,
    add column never_apologised bigint not null default 0;
alter table stats_month add column apologised_in_time bigint not null default 0, add column apologised_late bigint not null default 0,
    add column never_apologised bigint not null default 0;
alter table stats_agency_day add column apologised_in_time bigint not null default 0, add column apologised_late bigint not null default 0,
    add column never_apologised bigint not null default 0;
alter table stats_agency_month add column apologised_in_time bigint not null default 0, add column apologised_late bigint not null default 0,
    add column never_apologised bigint not null default 0;

-- stats_fold and stats_rebuild of V4 with the three new columns (otherwise unchanged).
create or replace function stats_fold(max_rows integer) returns integer language plpgsql as $$
declare
    moved_rows integer;
begin
    if not pg_try_advisory_xact_lock(hashtext('motcua.stats_fold')) then
        return 0;
    end if;
    with moved as (
        delete from stats_delta where id in (select id from stats_delta limit max_rows) returning *
    ), fine as (
        select day, agency_code, level, field_code, procedure_code, channel, sum(received) as received, sum(received_in_person) as received_in_person, sum(received_online) as received_online, sum(received_postal) as received_postal, sum(resolved) as resolved, sum(early) as early, sum(on_time) as on_time, sum(late) as late, sum(apologised_in_time) as apologised_in_time, sum(apologised_late) as apologised_late, sum(never_apologised) as never_apologised, sum(d_open) as d_open, sum(d_overdue) as d_overdue, sum(d_paused) as d_paused
        from moved group by day, agency_code, level, field_code, procedure_code, channel
    ),
    up_day as (insert into stats_day as t (period, agency_code, level, field_code, procedure_code, channel, received, received_in_person, received_online, received_postal, resolved, early, on_time, late, apologised_in_time, apologised_late, never_apologised, d_open, d_overdue, d_paused)
        select day, agency_code, level, field_code, procedure_code, channel, sum(received), sum(received_in_person), sum(received_online), sum(received_postal), sum(resolved), sum(early), sum(on_time), sum(late), sum(apologised_in_time), sum(apologised_late), sum(never_apologised), sum(d_open), sum(d_overdue), sum(d_paused) from fine group by 1, 2, 3, 4, 5, 6
        on conflict (period, agency_code, level, field_code, procedure_code, channel) do update set received = t.received + excluded.received, received_in_person = t.received_in_person + excluded.received_in_person, received_online = t.received_online + excluded.received_online, received_postal = t.received_postal + excluded.received_postal, resolved = t.resolved + excluded.resolved, early = t.early + excluded.early, on_time = t.on_time + excluded.on_time, late = t.late + excluded.late, apologised_in_time = t.apologised_in_time + excluded.apologised_in_time, apologised_late = t.apologised_late + excluded.apologised_late, never_apologised = t.never_apologised + excluded.never_apologised, d_open = t.d_open + excluded.d_open, d_overdue = t.d_overdue + excluded.d_overdue, d_paused = t.d_paused + excluded.d_paused),
    up_month as (insert into stats_month as t (period, agency_code, level, field_code, procedure_code, channel, received, received_in_person, received_online, received_postal, resolved, early, on_time, late, apologised_in_time, apologised_late, never_apologised, d_open, d_overdue, d_paused)
        select cast(date_trunc('month', day) as date), agency_code, level, field_code, procedure_code, channel, sum(received), sum(received_in_person), sum(received_online), sum(received_postal), sum(resolved), sum(early), sum(on_time), sum(late), sum(apologised_in_time), sum(apologised_late), sum(never_apologised), sum(d_open), sum(d_overdue), sum(d_paused) from fine group by 1, 2, 3, 4, 5, 6
        on conflict (period, agency_code, level, field_code, procedure_code, channel) do update set received = t.received + excluded.received, received_in_person = t.received_in_person + excluded.received_in_person, received_online = t.received_online + excluded.received_online, received_postal = t.received_postal + excluded.received_postal, resolved = t.resolved + excluded.resolved, early = t.early + excluded.early, on_time = t.on_time + excluded.on_time, late = t.late + excluded.late, apologised_in_time = t.apologised_in_time + excluded.apologised_in_time, apologised_late = t.apologised_late + excluded.apologised_late, never_apologised = t.never_apologised + excluded.never_apologised, d_open = t.d_open + excluded.d_open, d_overdue = t.d_overdue + excluded.d_overdue, d_paused = t.d_paused + excluded.d_paused),
    up_now as (insert into stats_now as t (agency_code, level, field_code, procedure_code, channel, d_open, d_overdue, d_paused)
        select agency_code, level, field_code, procedure_code, channel, sum(d_open), sum(d_overdue), sum(d_paused) from fine group by 1, 2, 3, 4, 5
        on conflict (agency_code, level, field_code, procedure_code, channel) do update set d_open = t.d_open + excluded.d_open, d_overdue = t.d_overdue + excluded.d_overdue, d_paused = t.d_paused + excluded.d_paused),
    up_agency_day as (insert into stats_agency_day as t (period, agency_code, level, received, received_in_person, received_online, received_postal, resolved, early, on_time, late, apologised_in_time, apologised_late, never_apologised, d_open, d_overdue, d_paused)
        select day, agency_code, level, sum(received), sum(received_in_person), sum(received_online), sum(received_postal), sum(resolved), sum(early), sum(on_time), sum(late), sum(apologised_in_time), sum(apologised_late), sum(never_apologised), sum(d_open), sum(d_overdue), sum(d_paused) from fine group by 1, 2, 3
        on conflict (period, agency_code, level) do update set received = t.received + excluded.received, received_in_person = t.received_in_person + excluded.received_in_person, received_online = t.received_online + excluded.received_online, received_postal = t.received_postal + excluded.received_postal, resolved = t.resolved + excluded.resolved, early = t.early + excluded.early, on_time = t.on_time + excluded.on_time, late = t.late + excluded.late, apologised_in_time = t.apologised_in_time + excluded.apologised_in_time, apologised_late = t.apologised_late + excluded.apologised_late, never_apologised = t.never_apologised + excluded.never_apologised, d_open = t.d_open + excluded.d_open, d_overdue = t.d_overdue + excluded.d_overdue, d_paused = t.d_paused + excluded.d_paused),
    up_agency_month as (insert into stats_agency_month as t (period, agency_code, level, received, received_in_person, received_online, received_postal, resolved, early, on_time, late, apologised_in_time, apologised_late, never_apologised, d_open, d_overdue, d_paused)
        select cast(date_trunc('month', day) as date), agency_code, level, sum(received), sum(received_in_person), sum(received_online), sum(received_postal), sum(resolved), sum(early), sum(on_time), sum(late), sum(apologised_in_time), sum(apologised_late), sum(never_apologised), sum(d_open), sum(d_overdue), sum(d_paused) from fine group by 1, 2, 3
        on conflict (period, agency_code, level) do update set received = t.received + excluded.received, received_in_person = t.received_in_person + excluded.received_in_person, received_online = t.received_online + excluded.received_online, received_postal = t.received_postal + excluded.received_postal, resolved = t.resolved + excluded.resolved, early = t.early + excluded.early, on_time = t.on_time + excluded.on_time, late = t.late + excluded.late, apologised_in_time = t.apologised_in_time + excluded.apologised_in_time, apologised_late = t.apologised_late + excluded.apologised_late, never_apologised = t.never_apologised + excluded.never_apologised, d_open = t.d_open + excluded.d_open, d_overdue = t.d_overdue + excluded.d_overdue, d_paused = t.d_paused + excluded.d_paused),
    up_agency_now as (insert into stats_agency_now as t (agency_code, level, d_open, d_overdue, d_paused)
        select agency_code, level, sum(d_open), sum(d_overdue), sum(d_paused) from fine group by 1, 2
        on conflict (agency_code, level) do update set d_open = t.d_open + excluded.d_open, d_overdue = t.d_overdue + excluded.d_overdue, d_paused = t.d_paused + excluded.d_paused)
    select count(*) into moved_rows from moved;
    return moved_rows;
end
$$;

create or replace function stats_rebuild() returns bigint language plpgsql as $$
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
            when scoring_due_at <= now() then 'OVERDUE'
            else 'IN_TIME' end,
        stock_since = case
            when ended_at is not null then ended_at
            when paused_since is not null then paused_since
            when scoring_due_at <= now() then scoring_due_at
            else received_at end
        where stock is distinct from (case when ended_at is not null then null when paused_since is not null
            then 'PAUSED' when scoring_due_at <= now() then 'OVERDUE' else 'IN_TIME' end);
    insert into stats_delta (id, day, agency_code, level, field_code, procedure_code, channel, received, received_in_person, received_online, received_postal, resolved, early, on_time, late, apologised_in_time, apologised_late, never_apologised, d_open, d_overdue, d_paused)
    select -nextval('stats_delta_seq'), day, agency_code, level, field_code, procedure_code, channel, sum(received), sum(received_in_person), sum(received_online), sum(received_postal), sum(resolved), sum(early), sum(on_time), sum(late), sum(apologised_in_time), sum(apologised_late), sum(never_apologised), sum(d_open), sum(d_overdue), sum(d_paused)
    from (
        select cast((d.received_at) at time zone 'Asia/Ho_Chi_Minh' as date), d.deciding_agency_code, coalesce(d.deciding_agency_level, '-'), coalesce(d.field_code, '-'), d.procedure_code, d.channel, 1, case when d.channel = 'IN_PERSON' then 1 else 0 end, case when d.channel = 'ONLINE' then 1 else 0 end, case when d.channel = 'POSTAL' then 1 else 0 end, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0
        from tracked_dossier d
        union all
        select cast((d.ended_at) at time zone 'Asia/Ho_Chi_Minh' as date), d.deciding_agency_code, coalesce(d.deciding_agency_level, '-'), coalesce(d.field_code, '-'), d.procedure_code, d.channel, 0, 0, 0, 0, 1, case when d.outcome = 'EARLY' then 1 else 0 end, case when d.outcome = 'ON_TIME' then 1 else 0 end, case when d.outcome = 'LATE' then 1 else 0 end, case when d.outcome = 'LATE' and d.apology = 'OFFICER_IN_TIME' then 1 else 0 end, case when d.outcome = 'LATE' and d.apology = 'OFFICER_LATE' then 1 else 0 end, case when d.outcome = 'LATE' and d.apology in ('NONE', 'AUTOMATIC') then 1 else 0 end, -1, 0, 0
        from tracked_dossier d where d.ended_at is not null
        union all
        select cast((p.started_at) at time zone 'Asia/Ho_Chi_Minh' as date), d.deciding_agency_code, coalesce(d.deciding_agency_level, '-'), coalesce(d.field_code, '-'), d.procedure_code, d.channel, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1
        from paused_interval p join tracked_dossier d on d.code = p.dossier_code
        union all
        select cast((p.ended_at) at time zone 'Asia/Ho_Chi_Minh' as date), d.deciding_agency_code, coalesce(d.deciding_agency_level, '-'), coalesce(d.field_code, '-'), d.procedure_code, d.channel, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -1
        from paused_interval p join tracked_dossier d on d.code = p.dossier_code where p.ended_at is not null
        union all
        select cast((d.scoring_due_at) at time zone 'Asia/Ho_Chi_Minh' as date), d.deciding_agency_code, coalesce(d.deciding_agency_level, '-'), coalesce(d.field_code, '-'), d.procedure_code, d.channel, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0
        from tracked_dossier d where d.scoring_due_at < coalesce(d.ended_at, now())
            and (d.ended_at is not null or d.paused_since is null)
        union all
        select cast((d.ended_at) at time zone 'Asia/Ho_Chi_Minh' as date), d.deciding_agency_code, coalesce(d.deciding_agency_level, '-'), coalesce(d.field_code, '-'), d.procedure_code, d.channel, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -1, 0
        from tracked_dossier d where d.scoring_due_at < d.ended_at
    ) as deltas (day, agency_code, level, field_code, procedure_code, channel, received, received_in_person, received_online, received_postal, resolved, early, on_time, late, apologised_in_time, apologised_late, never_apologised, d_open, d_overdue, d_paused)
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
