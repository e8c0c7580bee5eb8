-- Counts the pages show on every view, kept by the database as rows change, so that a ministry's home page, its
-- employee list and the navigation's badge read one row per unit instead of counting 250,000 employees or
-- 150,000 waiting plans each time.

-- Organisation: besides the active employees, all employees (active or not) and the active ones by kind of ASN.
alter table unit_staff
    add column employees        integer not null default 0,
    add column pns              integer not null default 0,
    add column pppk             integer not null default 0,
    add column pppk_paruh_waktu integer not null default 0;

insert into unit_staff (unit_id, active, employees, pns, pppk, pppk_paruh_waktu)
select unit_id, count(*) filter (where active), count(*),
       count(*) filter (where active and employee_type = 'PNS'),
       count(*) filter (where active and employee_type = 'PPPK'),
       count(*) filter (where active and employee_type = 'PPPK_PARUH_WAKTU')
from employee group by unit_id
on conflict (unit_id) do update
    set active = excluded.active, employees = excluded.employees, pns = excluded.pns, pppk = excluded.pppk,
        pppk_paruh_waktu = excluded.pppk_paruh_waktu;

create or replace function unit_staff_follow_employees() returns trigger language plpgsql as $$
begin
    if tg_op = 'INSERT' then
        insert into unit_staff (unit_id, active, employees, pns, pppk, pppk_paruh_waktu)
        select unit_id, count(*) filter (where active), count(*),
               count(*) filter (where active and employee_type = 'PNS'),
               count(*) filter (where active and employee_type = 'PPPK'),
               count(*) filter (where active and employee_type = 'PPPK_PARUH_WAKTU')
        from new_rows group by unit_id
        on conflict (unit_id) do update
            set active = unit_staff.active + excluded.active, employees = unit_staff.employees + excluded.employees,
                pns = unit_staff.pns + excluded.pns, pppk = unit_staff.pppk + excluded.pppk,
                pppk_paruh_waktu = unit_staff.pppk_paruh_waktu + excluded.pppk_paruh_waktu;
    elsif tg_op = 'DELETE' then
        update unit_staff s
        set active = s.active - c.active, employees = s.employees - c.employees, pns = s.pns - c.pns,
            pppk = s.pppk - c.pppk, pppk_paruh_waktu = s.pppk_paruh_waktu - c.pppk_paruh_waktu
        from (select unit_id, count(*) filter (where active) as active, count(*) as employees,
                     count(*) filter (where active and employee_type = 'PNS') as pns,
                     count(*) filter (where active and employee_type = 'PPPK') as pppk,
                     count(*) filter (where active and employee_type = 'PPPK_PARUH_WAKTU') as pppk_paruh_waktu
              from old_rows group by unit_id) c
        where s.unit_id = c.unit_id;
    else
        -- only the rows whose unit, activity or kind changed
        insert into unit_staff (unit_id, active, employees, pns, pppk, pppk_paruh_waktu)
        select unit_id, coalesce(sum(sign) filter (where active), 0), sum(sign),
               coalesce(sum(sign) filter (where active and employee_type = 'PNS'), 0),
               coalesce(sum(sign) filter (where active and employee_type = 'PPPK'), 0),
               coalesce(sum(sign) filter (where active and employee_type = 'PPPK_PARUH_WAKTU'), 0)
        from (select n.unit_id, n.active, n.employee_type, 1 as sign
              from new_rows n join old_rows o on o.id = n.id
              where (n.unit_id, n.active, n.employee_type) is distinct from (o.unit_id, o.active, o.employee_type)
              union all
              select o.unit_id, o.active, o.employee_type, -1
              from new_rows n join old_rows o on o.id = n.id
              where (n.unit_id, n.active, n.employee_type) is distinct from (o.unit_id, o.active, o.employee_type))
             changes
        group by unit_id
        on conflict (unit_id) do update
            set active = unit_staff.active + excluded.active,
                employees = unit_staff.employees + excluded.employees,
                pns = unit_staff.pns + excluded.pns, pppk = unit_staff.pppk + excluded.pppk,
                pppk_paruh_waktu = unit_staff.pppk_paruh_waktu + excluded.pppk_paruh_waktu;
    end if;
    return null;
end $$;

-- Planning: how many plans of each unit wait for a decision.
create table unit_waiting (
    unit_id   bigint  primary key references unit (id),
    submitted integer not null default 0
);

insert into unit_waiting (unit_id, submitted)
select unit_id, count(*) from weekly_plan where status = 'SUBMITTED' group by unit_id;

create function unit_waiting_follow_plans() returns trigger language plpgsql as $$
begin
    if tg_op = 'INSERT' then
        insert into unit_waiting (unit_id, submitted)
        select unit_id, count(*) from new_plans where status = 'SUBMITTED' group by unit_id
        on conflict (unit_id) do update set submitted = unit_waiting.submitted + excluded.submitted;
    elsif tg_op = 'DELETE' then
        update unit_waiting w set submitted = w.submitted - c.n
        from (select unit_id, count(*) as n from old_plans where status = 'SUBMITTED' group by unit_id) c
        where w.unit_id = c.unit_id;
    else
        insert into unit_waiting (unit_id, submitted)
        select unit_id, sum(sign) from (
            select n.unit_id, 1 as sign from new_plans n join old_plans o on o.id = n.id
            where n.status = 'SUBMITTED' and (o.status <> 'SUBMITTED' or o.unit_id <> n.unit_id)
            union all
            select o.unit_id, -1 from new_plans n join old_plans o on o.id = n.id
            where o.status = 'SUBMITTED' and (n.status <> 'SUBMITTED' or o.unit_id <> n.unit_id)) changes
        group by unit_id
        on conflict (unit_id) do update set submitted = unit_waiting.submitted + excluded.submitted;
    end if;
    return null;
end $$;
create trigger weekly_plan_unit_waiting_insert after insert on weekly_plan
    referencing new table as new_plans for each statement execute function unit_waiting_follow_plans();
create trigger weekly_plan_unit_waiting_update after update on weekly_plan
    referencing old table as old_plans new table as new_plans
    for each statement execute function unit_waiting_follow_plans();
create trigger weekly_plan_unit_waiting_delete after delete on weekly_plan
    referencing old table as old_plans for each statement execute function unit_waiting_follow_plans();

-- The waiting plans of given employees (a decider's own, the heads' whose plans go to the unit above).
create index weekly_plan_submitted_employee_idx on weekly_plan (employee_id) where status = 'SUBMITTED';

-- The presence of many units over weeks, read by day from the index alone.
create index presence_day_day_away_idx on presence_day (day) include (unit_id, away);
drop index presence_day_day_idx;
