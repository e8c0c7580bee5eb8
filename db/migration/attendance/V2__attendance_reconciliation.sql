-- Plan against attendance and outputs for many employees at once, day by day, as id.fleksi.rules.Reconciliation
-- judges one week of one employee (ReconciliationSqlTest checks that both agree on every case of the rules' table).
-- Reads the published views of organisation (employee_directory, unit_above), planning (plan_directory,
-- plan_day_directory) and outputs (output_directory). The regulation's standard day and the PPK's late-start
-- allowances come as parameters: policy_from[i] is the first day allowance[i] applies.
--
-- One row per employee (active, of the given units, or all when units is null) and day from period_from to
-- period_to: what the day expected (the approved plan's kind; KANTOR on a working day that is no holiday when the
-- week has no approved plan; null when nothing), what happened, the minutes required and worked, and the findings
-- of the day (only for days up to judged_until). The findings of a whole week come from the sums of its days.
create function attendance_reconciliation(period_from date, period_to date, judged_until date, units bigint[],
                                          holidays date[], policy_from date[], allowance int[], day_start time,
                                          day_end time, friday_end time, day_break int, friday_break int,
                                          day_minutes int)
    returns table (employee_id bigint, unit_id bigint, day date, plan_id bigint, flex_type text, expected text,
                   actual text, check_in time, check_out time, required int, worked int, outputs int,
                   absent boolean, elsewhere boolean, off_hours boolean, incomplete boolean, no_output boolean)
    language sql stable as $$
    with staff as (
        select e.id, e.unit_id from employee_directory e
        where e.active and (units is null or e.unit_id = any(units))),
    -- the days by an integer series, whose length the planner knows once the function is inlined
    days as (
        select period_from + i as day, extract(isodow from period_from + i)::int as weekday,
               period_from + i = any(holidays) as holiday,
               coalesce((select l.minutes from unnest(policy_from, allowance) as l (starts, minutes)
                         where l.starts <= period_from + i order by l.starts desc limit 1), 0) as allowance
        from generate_series(0, period_to - period_from) i),
    planned as (
        select s.id as employee_id, s.unit_id, d.day, d.weekday, d.holiday, d.allowance, p.id as plan_id,
               p.flex_type,
               pd.kind, pd.start_time, pd.end_time, pd.break_minutes
        from staff s cross join days d
        left join plan_directory p on p.employee_id = s.id and p.status = 'APPROVED'
                                   and p.week_start = d.day - (d.weekday - 1)
                                   and p.week_start between period_from - 6 and period_to
        left join plan_day_directory pd on pd.plan_id = p.id and pd.day = d.day
                                        and pd.day between period_from and period_to),
    attended as (
        select a.employee_id, a.day, min(a.check_in) as check_in, max(a.check_out) as check_out,
               bool_or(a.place = 'DINAS_LUAR') as travel,
               (array_agg(a.place order by a.check_in nulls last, a.source))[1] as place,
               (array_agg(a.office_unit_id order by a.check_in nulls last, a.source))[1] as office_unit_id
        from staff s join attendance_record a on a.employee_id = s.id
        where a.day between period_from and period_to
        group by a.employee_id, a.day),
    produced as (
        select o.employee_id, o.day, count(*)::int as outputs
        from staff s join output_directory o on o.employee_id = s.id
        where o.day between period_from and period_to
        group by o.employee_id, o.day),
    day_of as (
        select pl.*,
               case when pl.plan_id is not null then pl.kind
                    when pl.weekday <= 5 and not pl.holiday then 'KANTOR' end as expected,
               at.employee_id is not null as was_there, at.check_in, at.check_out,
               case when at.travel then 'DINAS_LUAR'
                    when at.place = 'KANTOR' and at.office_unit_id is not null
                         and not exists (select 1 from unit_above(array[pl.unit_id]) u
                                         where u.unit_id = at.office_unit_id) then 'KANTOR_LAIN'
                    else at.place end as actual,
               coalesce(pr.outputs, 0) as outputs,
               case when pl.weekday = 5 then friday_end else day_end end as standard_end,
               case when pl.weekday = 5 then friday_break else day_break end as standard_break
        from planned pl
        left join attended at on at.employee_id = pl.employee_id and at.day = pl.day
        left join produced pr on pr.employee_id = pl.employee_id and pr.day = pl.day),
    timed as (
        select d.*,
               d.expected is not null and d.expected <> 'CUTI' and d.day <= judged_until as judged,
               case when d.expected = 'CUTI' then 0
                    when d.actual = 'DINAS_LUAR' or (not d.was_there and d.expected = 'DINAS_LUAR') then day_minutes
                    when d.check_in is null or d.check_out is null then 0
                    else greatest(0, (extract(epoch from d.check_out - d.check_in)::int / 60
                                      + case when d.check_out < d.check_in then 1440 else 0 end)
                                     - greatest(0, case when d.expected is not null and d.expected <> 'DINAS_LUAR'
                                                        then coalesce(d.break_minutes, d.standard_break)
                                                        else d.standard_break end))
               end as worked_minutes,
               trunc(extract(epoch from d.check_in - coalesce(d.start_time, day_start)) / 60)::int as late
        from day_of d)
    select t.employee_id, t.unit_id, t.day, t.plan_id, t.flex_type, t.expected, t.actual, t.check_in, t.check_out,
           case when t.expected is not null and t.expected <> 'CUTI' and t.weekday <= 5 and not t.holiday
                then day_minutes else 0 end,
           t.worked_minutes, t.outputs,
           t.judged and not t.was_there and t.expected <> 'DINAS_LUAR',
           t.judged and t.was_there and t.actual in ('KANTOR_LAIN', 'RUMAH', 'LOKASI_LAIN')
               and t.actual <> t.expected,
           t.judged and t.was_there and t.actual <> 'DINAS_LUAR' and t.check_in is not null
               and t.check_out is not null and coalesce(t.flex_type, 'NONE') = 'NONE' and t.expected <> 'SIF'
               and (t.late > t.allowance
                    or t.check_out < coalesce(t.end_time, t.standard_end) + make_interval(mins => greatest(0, t.late))
                    or t.check_out < t.check_in),
           t.judged and t.was_there and t.actual <> 'DINAS_LUAR' and (t.check_in is null or t.check_out is null),
           t.judged and t.was_there and t.expected in ('KANTOR_LAIN', 'RUMAH', 'LOKASI_LAIN')
               and t.actual in ('RUMAH', 'LOKASI_LAIN') and t.outputs = 0
    from timed t
$$;
