-- How many active employees each unit has (organisation), kept by the database as employees are added, moved,
-- deactivated or removed, so that the dashboards and lists read one row per unit instead of counting a ministry's
-- employees on every view. Other modules read it as published figures of the organisation.
create table unit_staff (
    unit_id bigint  primary key references unit (id),
    active  integer not null default 0
);

insert into unit_staff (unit_id, active)
select unit_id, count(*) from employee where active group by unit_id;

create function unit_staff_follow_employees() returns trigger language plpgsql as $$
begin
    if tg_op = 'INSERT' then
        insert into unit_staff (unit_id, active)
        select unit_id, count(*) from new_rows where active group by unit_id
        on conflict (unit_id) do update set active = unit_staff.active + excluded.active;
    elsif tg_op = 'DELETE' then
        update unit_staff s set active = s.active - c.n
        from (select unit_id, count(*) as n from old_rows where active group by unit_id) c
        where s.unit_id = c.unit_id;
    else
        insert into unit_staff (unit_id, active)
        select unit_id, sum(delta) from (
            select unit_id, 1 as delta from new_rows where active
            union all
            select unit_id, -1 from old_rows where active) changes
        group by unit_id
        on conflict (unit_id) do update set active = unit_staff.active + excluded.active;
    end if;
    return null;
end $$;
create trigger employee_unit_staff_insert after insert on employee
    referencing new table as new_rows for each statement execute function unit_staff_follow_employees();
create trigger employee_unit_staff_update after update on employee
    referencing old table as old_rows new table as new_rows
    for each statement execute function unit_staff_follow_employees();
create trigger employee_unit_staff_delete after delete on employee
    referencing old table as old_rows for each statement execute function unit_staff_follow_employees();
