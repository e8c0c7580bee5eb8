-- The findings of plan against attendance stored per week, so that an evaluation of half a year of a ministry
-- (tens of millions of employee-days) reads figures instead of judging every day again. A week is computed for
-- the whole institution at once from attendance_reconciliation (id.fleksi.attendance.DiscrepancyWeeks); only the
-- employees and rules with findings have a row.
--
-- discrepancy_week: the weeks computed (computed_at, and the last day judged: days up to yesterday are judged) and
-- those whose data changed since (stale); a week marked stale before it was ever computed has no computed_at.
create table discrepancy_week (
    week_start   date        primary key check (extract(isodow from week_start) = 1),
    computed_at  timestamptz,
    judged_until date,
    stale        boolean     not null default false,
    marked_at    timestamptz
);

create index discrepancy_week_stale on discrepancy_week (week_start) where stale;

-- One row per week, employee and rule with findings: days (REALISASI_HADIR, _LOKASI, _JAM_HARIAN, _HASIL) or the
-- week itself (REALISASI_JAM_MINGGUAN: 1, with the minutes short). unit_id is the employee's unit when computed.
create table discrepancy_finding (
    week_start  date   not null references discrepancy_week (week_start) on delete cascade,
    employee_id bigint not null,
    unit_id     bigint not null,
    rule        text   not null check (rule in ('REALISASI_HADIR', 'REALISASI_LOKASI', 'REALISASI_JAM_HARIAN',
                                                'REALISASI_JAM_MINGGUAN', 'REALISASI_HASIL')),
    findings    int    not null check (findings > 0),
    minutes     int,
    primary key (week_start, employee_id, rule)
);

create index discrepancy_finding_employee on discrepancy_finding (employee_id, week_start);

-- A week's attendance records changed: the week is marked stale (one statement-level trigger per kind of change,
-- so that a batch of thousands of records marks each of its weeks once). A week already stale is only locked in
-- share mode, so that the check-ins of a morning do not queue on its row; the lock waits for a recomputation of
-- the week under way, after which the week is marked again.
create function discrepancy_week_mark_records() returns trigger language plpgsql as $$
begin
    perform 1 from discrepancy_week w
    where w.stale and w.week_start in (select distinct r.day - (extract(isodow from r.day)::int - 1)
                                       from changed_records r)
    order by w.week_start for share;
    insert into discrepancy_week as w (week_start, stale, marked_at)
    select c.week_start, true, now()
    from (select distinct r.day - (extract(isodow from r.day)::int - 1) as week_start from changed_records r) c
    where not exists (select 1 from discrepancy_week s where s.week_start = c.week_start and s.stale)
    order by c.week_start
    on conflict (week_start) do update set stale = true, marked_at = excluded.marked_at;
    return null;
end
$$;

create trigger discrepancy_week_of_new_records after insert on attendance_record
    referencing new table as changed_records for each statement execute function discrepancy_week_mark_records();
create trigger discrepancy_week_of_changed_records after update on attendance_record
    referencing new table as changed_records for each statement execute function discrepancy_week_mark_records();
create trigger discrepancy_week_of_removed_records after delete on attendance_record
    referencing old table as changed_records for each statement execute function discrepancy_week_mark_records();

-- Published: the weeks, as other modules may read them.
create view attendance_discrepancy_week as
select week_start, week_start + 6 as week_end, computed_at, judged_until, stale
from discrepancy_week;

-- Published: the findings of the computed weeks, per week, employee and rule.
create view attendance_discrepancy_finding as
select week_start, employee_id, unit_id, rule, findings, minutes
from discrepancy_finding;
