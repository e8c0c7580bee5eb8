-- Each unit's count of waiting plans in 16 slots, a plan's slot by its employee (employee_id % 16), so that
-- employees of one unit submitting at the same moment mostly update different rows instead of waiting for each
-- other on one row until their transactions end. Readers sum the slots.
alter table unit_waiting drop constraint unit_waiting_pkey;
alter table unit_waiting add column slot smallint not null default 0;
truncate unit_waiting;
insert into unit_waiting (unit_id, slot, submitted)
select unit_id, employee_id % 16, count(*) from weekly_plan where status = 'SUBMITTED' group by 1, 2;
alter table unit_waiting add primary key (unit_id, slot);

create or replace function unit_waiting_follow_plans() returns trigger language plpgsql as $$
begin
    if tg_op = 'INSERT' then
        insert into unit_waiting (unit_id, slot, submitted)
        select unit_id, employee_id % 16, count(*) from new_plans where status = 'SUBMITTED' group by 1, 2
        on conflict (unit_id, slot) do update set submitted = unit_waiting.submitted + excluded.submitted;
    elsif tg_op = 'DELETE' then
        update unit_waiting w set submitted = w.submitted - c.n
        from (select unit_id, employee_id % 16 as slot, count(*) as n from old_plans where status = 'SUBMITTED'
              group by 1, 2) c
        where w.unit_id = c.unit_id and w.slot = c.slot;
    else
        insert into unit_waiting (unit_id, slot, submitted)
        select unit_id, slot, sum(sign) from (
            select n.unit_id, n.employee_id % 16 as slot, 1 as sign from new_plans n join old_plans o on o.id = n.id
            where n.status = 'SUBMITTED' and (o.status <> 'SUBMITTED' or o.unit_id <> n.unit_id)
            union all
            select o.unit_id, o.employee_id % 16, -1 from new_plans n join old_plans o on o.id = n.id
            where o.status = 'SUBMITTED' and (n.status <> 'SUBMITTED' or o.unit_id <> n.unit_id)) changes
        group by 1, 2
        on conflict (unit_id, slot) do update set submitted = unit_waiting.submitted + excluded.submitted;
    end if;
    return null;
end $$;
