-- The late dossiers resolved before this version, counted under the three new columns (V8) on the day each was
-- resolved, now that V9 judged the earlier reschedules: as stats_delta rows folded like any other, so that no other
-- column moves. A late dossier never rescheduled, or whose automatic apology was only a letter then (its re-appointment
-- by processing-service reaches open dossiers only), counts as never apologised by an officer.
insert into stats_delta (id, day, agency_code, level, field_code, procedure_code, channel, received, received_in_person,
        received_online, received_postal, resolved, early, on_time, late, apologised_in_time, apologised_late,
        never_apologised, d_open, d_overdue, d_paused)
select -nextval('stats_delta_seq'), day, agency_code, level, field_code, procedure_code, channel, 0, 0, 0, 0, 0, 0, 0, 0,
        sum(in_time), sum(late), sum(never), 0, 0, 0
from (
    select cast(d.ended_at at time zone 'Asia/Ho_Chi_Minh' as date) as day, d.deciding_agency_code as agency_code,
        coalesce(d.deciding_agency_level, '-') as level, coalesce(d.field_code, '-') as field_code, d.procedure_code,
        d.channel,
        case when d.apology = 'OFFICER_IN_TIME' then 1 else 0 end as in_time,
        case when d.apology = 'OFFICER_LATE' then 1 else 0 end as late,
        case when d.apology in ('NONE', 'AUTOMATIC') then 1 else 0 end as never
    from tracked_dossier d where d.ended_at is not null and d.outcome = 'LATE'
) as resolved_late
group by day, agency_code, level, field_code, procedure_code, channel;

do $$
begin
    loop
        exit when stats_fold(1000000) = 0;
    end loop;
end
$$;
