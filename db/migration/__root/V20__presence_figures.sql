-- The presence figures of the dashboards, kept as the approvals happen instead of counted from the plan days on
-- every view (at a ministry's size a week of plan days is over a million rows): per unit and working day, the
-- employees of approved plans who work away from their placement office (KANTOR_LAIN, RUMAH, LOKASI_LAIN:
-- location flexibility) and those absent otherwise (CUTI, DINAS_LUAR). Saturday and Sunday are not counted.
-- The database keeps them itself, whatever writes the plans: when a plan becomes APPROVED, and when days are
-- added to a plan that is approved already (the demo and generated data).
create table presence_day (
    unit_id bigint  not null references unit (id),
    day     date    not null,
    away    integer not null default 0 check (away >= 0),
    absent  integer not null default 0 check (absent >= 0),
    primary key (unit_id, day)
);
create index presence_day_day_idx on presence_day (day);

insert into presence_day (unit_id, day, away, absent)
select p.unit_id, d.day,
       count(*) filter (where d.kind in ('KANTOR_LAIN', 'RUMAH', 'LOKASI_LAIN')),
       count(*) filter (where d.kind in ('CUTI', 'DINAS_LUAR'))
from weekly_plan p join plan_day d on d.plan_id = p.id
where p.status = 'APPROVED' and d.day - p.week_start < 5
group by p.unit_id, d.day;

create function presence_day_count_new_days() returns trigger language plpgsql as $$
begin
    insert into presence_day (unit_id, day, away, absent)
    select p.unit_id, d.day,
           count(*) filter (where d.kind in ('KANTOR_LAIN', 'RUMAH', 'LOKASI_LAIN')),
           count(*) filter (where d.kind in ('CUTI', 'DINAS_LUAR'))
    from new_days d join weekly_plan p on p.id = d.plan_id
    where p.status = 'APPROVED' and d.day - p.week_start < 5
    group by p.unit_id, d.day
    on conflict (unit_id, day) do update
        set away = presence_day.away + excluded.away, absent = presence_day.absent + excluded.absent;
    return null;
end $$;
create trigger plan_day_presence after insert on plan_day
    referencing new table as new_days for each statement execute function presence_day_count_new_days();

create function presence_day_count_approved_plans() returns trigger language plpgsql as $$
begin
    insert into presence_day (unit_id, day, away, absent)
    select p.unit_id, d.day,
           count(*) filter (where d.kind in ('KANTOR_LAIN', 'RUMAH', 'LOKASI_LAIN')),
           count(*) filter (where d.kind in ('CUTI', 'DINAS_LUAR'))
    from new_plans p join old_plans o on o.id = p.id join plan_day d on d.plan_id = p.id
    where p.status = 'APPROVED' and o.status <> 'APPROVED' and d.day - p.week_start < 5
    group by p.unit_id, d.day
    on conflict (unit_id, day) do update
        set away = presence_day.away + excluded.away, absent = presence_day.absent + excluded.absent;
    return null;
end $$;
create trigger weekly_plan_presence after update on weekly_plan
    referencing old table as old_plans new table as new_plans
    for each statement execute function presence_day_count_approved_plans();
