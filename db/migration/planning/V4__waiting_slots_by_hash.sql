-- A plan's slot of its unit's waiting count follows a hash of its employee's id instead of the id's last four bits:
-- where the ids of a unit's employees step by a multiple of 16 (employees created unit by unit in turn), every
-- employee of the unit had the same slot, and employees of one unit submitting at the same moment waited for each
-- other on that one row until their transactions ended. Readers still sum the slots.
truncate unit_waiting;
insert into unit_waiting (unit_id, slot, submitted)
select unit_id, hashint8(employee_id) & 15, count(*) from weekly_plan where status = 'SUBMITTED' group by 1, 2;

create or replace function unit_waiting_follow_plans() returns trigger language plpgsql as $$
begin
    if tg_op = 'INSERT' then
        insert into unit_waiting (unit_id, slot, submitted)
        select unit_id, hashint8(employee_id) & 15, count(*) from new_plans where status = 'SUBMITTED' group by 1, 2
        on conflict (unit_id, slot) do update set submitted = unit_waiting.submitted + excluded.submitted;
    elsif tg_op = 'DELETE' then
        update unit_waiting w set submitted = w.submitted - c.n
        from (select unit_id, hashint8(employee_id) & 15 as slot, count(*) as n from old_plans
              where status = 'SUBMITTED' group by 1, 2) c
        where w.unit_id = c.unit_id and w.slot = c.slot;
    else
        insert into unit_waiting (unit_id, slot, submitted)
        select unit_id, slot, sum(sign) from (
            select n.unit_id, hashint8(n.employee_id) & 15 as slot, 1 as sign
            from new_plans n join old_plans o on o.id = n.id
            where n.status = 'SUBMITTED' and (o.status <> 'SUBMITTED' or o.unit_id <> n.unit_id)
            union all
            select o.unit_id, hashint8(o.employee_id) & 15, -1 from new_plans n join old_plans o on o.id = n.id
            where o.status = 'SUBMITTED' and (n.status <> 'SUBMITTED' or o.unit_id <> n.unit_id)) changes
        group by 1, 2
        on conflict (unit_id, slot) do update set submitted = unit_waiting.submitted + excluded.submitted;
    end if;
    return null;
end $$;
