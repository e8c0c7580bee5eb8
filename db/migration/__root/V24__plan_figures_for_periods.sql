-- Figures of the plans kept by the database as plans are written and approved, so that an evaluation of a long
-- period reads one row per plan instead of the plans' days and verdicts (a ministry's half year is 6 million plans
-- and 33 million days). Planning owns them and publishes them to the evaluations, as it does presence_day.

-- Per approved plan with days away from the placement office: how many of its days are of each kind.
create table plan_away_week (
    plan_id     bigint   primary key references weekly_plan (id) on delete cascade,
    employee_id bigint   not null,
    unit_id     bigint   not null,
    week_start  date     not null,
    kantor_lain smallint not null default 0,
    rumah       smallint not null default 0,
    lokasi_lain smallint not null default 0,
    cuti        smallint not null default 0,
    dinas_luar  smallint not null default 0
);
create index plan_away_week_week_idx on plan_away_week (week_start, unit_id);

-- an approved plan's days away, by kind
create view plan_away_count as
select p.id as plan_id, p.employee_id, p.unit_id, p.week_start,
       count(*) filter (where d.kind = 'KANTOR_LAIN') as kantor_lain, count(*) filter (where d.kind = 'RUMAH') as rumah,
       count(*) filter (where d.kind = 'LOKASI_LAIN') as lokasi_lain, count(*) filter (where d.kind = 'CUTI') as cuti,
       count(*) filter (where d.kind = 'DINAS_LUAR') as dinas_luar
from weekly_plan p join plan_day d on d.plan_id = p.id
where p.status = 'APPROVED' and d.kind in ('KANTOR_LAIN', 'RUMAH', 'LOKASI_LAIN', 'CUTI', 'DINAS_LUAR')
group by p.id, p.employee_id, p.unit_id, p.week_start;

insert into plan_away_week select * from plan_away_count;

-- days added to an approved plan (demo and generated data), counted from the new days alone
create function plan_away_week_count_new_days() returns trigger language plpgsql as $$
begin
    insert into plan_away_week (plan_id, employee_id, unit_id, week_start, kantor_lain, rumah, lokasi_lain, cuti,
                                dinas_luar)
    select p.id, p.employee_id, p.unit_id, p.week_start,
           count(*) filter (where d.kind = 'KANTOR_LAIN'), count(*) filter (where d.kind = 'RUMAH'),
           count(*) filter (where d.kind = 'LOKASI_LAIN'), count(*) filter (where d.kind = 'CUTI'),
           count(*) filter (where d.kind = 'DINAS_LUAR')
    from new_days d join weekly_plan p on p.id = d.plan_id
    where p.status = 'APPROVED' and d.kind in ('KANTOR_LAIN', 'RUMAH', 'LOKASI_LAIN', 'CUTI', 'DINAS_LUAR')
    group by p.id, p.employee_id, p.unit_id, p.week_start
    on conflict (plan_id) do update
        set kantor_lain = plan_away_week.kantor_lain + excluded.kantor_lain,
            rumah = plan_away_week.rumah + excluded.rumah,
            lokasi_lain = plan_away_week.lokasi_lain + excluded.lokasi_lain,
            cuti = plan_away_week.cuti + excluded.cuti,
            dinas_luar = plan_away_week.dinas_luar + excluded.dinas_luar;
    return null;
end $$;
create trigger plan_day_away_week after insert on plan_day
    referencing new table as new_days for each statement execute function plan_away_week_count_new_days();

-- a plan that becomes approved
create function plan_away_week_count_approved_plans() returns trigger language plpgsql as $$
begin
    insert into plan_away_week
    select * from plan_away_count c
    -- an array, not a join, so that the view is read for these plans alone
    where c.plan_id = any(array(select p.id from new_plans p join old_plans o on o.id = p.id
                                where p.status = 'APPROVED' and o.status <> 'APPROVED'))
    on conflict (plan_id) do update
        set kantor_lain = excluded.kantor_lain, rumah = excluded.rumah, lokasi_lain = excluded.lokasi_lain,
            cuti = excluded.cuti, dinas_luar = excluded.dinas_luar;
    return null;
end $$;
create trigger weekly_plan_away_week after update on weekly_plan
    referencing old table as old_plans new table as new_plans
    for each statement execute function plan_away_week_count_approved_plans();

-- Per plan and rule, the findings of the verdict it was submitted with (most plans have none).
create table plan_finding (
    plan_id     bigint      not null references weekly_plan (id) on delete cascade,
    rule        varchar(60) not null,
    unit_id     bigint      not null,
    week_start  date        not null,
    article     varchar(200),
    occurrences integer     not null,
    primary key (plan_id, rule)
);
create index plan_finding_week_idx on plan_finding (week_start, unit_id);

insert into plan_finding (plan_id, rule, unit_id, week_start, article, occurrences)
select p.id, v->>'rule', p.unit_id, p.week_start, min(v->>'article'), count(*)
from weekly_plan p cross join lateral jsonb_array_elements(p.verdict->'violations') v
where jsonb_typeof(p.verdict->'violations') = 'array' and p.verdict->'violations' <> '[]'::jsonb
  and v->>'rule' is not null
group by p.id, v->>'rule';

create function plan_finding_of_new_plans() returns trigger language plpgsql as $$
begin
    insert into plan_finding (plan_id, rule, unit_id, week_start, article, occurrences)
    select p.id, v->>'rule', p.unit_id, p.week_start, min(v->>'article'), count(*)
    from new_plans p cross join lateral jsonb_array_elements(p.verdict->'violations') v
    where jsonb_typeof(p.verdict->'violations') = 'array' and p.verdict->'violations' <> '[]'::jsonb
      and v->>'rule' is not null
    group by p.id, v->>'rule', p.unit_id, p.week_start;
    return null;
end $$;
create trigger weekly_plan_finding_insert after insert on weekly_plan
    referencing new table as new_plans for each statement execute function plan_finding_of_new_plans();

-- a plan submitted again (a new verdict) or moved to another week or unit
create function plan_finding_of_changed_plans() returns trigger language plpgsql as $$
begin
    delete from plan_finding f using new_plans p join old_plans o on o.id = p.id
    where f.plan_id = p.id
      and (p.verdict is distinct from o.verdict or p.unit_id <> o.unit_id or p.week_start <> o.week_start);
    insert into plan_finding (plan_id, rule, unit_id, week_start, article, occurrences)
    select p.id, v->>'rule', p.unit_id, p.week_start, min(v->>'article'), count(*)
    from new_plans p join old_plans o on o.id = p.id
    cross join lateral jsonb_array_elements(p.verdict->'violations') v
    where (p.verdict is distinct from o.verdict or p.unit_id <> o.unit_id or p.week_start <> o.week_start)
      and jsonb_typeof(p.verdict->'violations') = 'array' and p.verdict->'violations' <> '[]'::jsonb
      and v->>'rule' is not null
    group by p.id, v->>'rule', p.unit_id, p.week_start;
    return null;
end $$;
create trigger weekly_plan_finding_update after update on weekly_plan
    referencing old table as old_plans new table as new_plans
    for each statement execute function plan_finding_of_changed_plans();
