-- What modules publish for others to read in SQL, where volume needs SQL: the organisation its units, employees
-- and the personnel facts the rules decide on, security its accounts and their roles, tasks the tasks and who
-- holds them, planning its weekly plans and their days. Other modules read these views, never the tables behind
-- them, so that the owners can change their tables (TableOwnershipTest checks it).
create view unit_directory (id, code, name, parent_id, time_zone) as
select id, code, name, parent_id, time_zone from unit;

create view employee_directory (id, nip, name, employee_type, unit_id, position, position_since, domicile, active) as
select id, nip, name, employee_type, unit_id, position, position_since, domicile, active from employee;

-- the personnel records the rules decide on (Pasal 25), without who recorded them
create view personnel_discipline (id, employee_id, starts_on, ends_on, status) as
select id, employee_id, starts_on, ends_on, status from discipline_record;

create view personnel_special_circumstance (id, employee_id, reason, starts_on, ends_on) as
select id, employee_id, reason, starts_on, ends_on from special_circumstance;

create view personnel_predicate (employee_id, year, predikat) as
select employee_id, year, predikat from performance_predicate;

create view personnel_additional_criterion (employee_id, code, met) as
select employee_id, code, met from employee_additional_criterion;

create view personnel_infrastructure (employee_id, ready) as
select employee_id, ready from infrastructure_declaration;

create view task_directory (id, code, name, unit_id) as
select id, code, name, unit_id from task;

-- each task an employee holds, with its criteria (Pasal 13, 23, 24)
create view held_task (employee_id, task_id, code, name, unit_id, can_be_done_outside_office,
                       no_special_room_or_equipment, doable_with_ict, minimal_face_to_face, no_continuous_supervision,
                       must_be_outside_office, more_than_8h30_per_day, more_than_5_days_per_week,
                       not_bound_to_institution_hours) as
select a.employee_id, t.id, t.code, t.name, t.unit_id, t.can_be_done_outside_office,
       t.no_special_room_or_equipment, t.doable_with_ict, t.minimal_face_to_face, t.no_continuous_supervision,
       t.must_be_outside_office, t.more_than_8h30_per_day, t.more_than_5_days_per_week,
       t.not_bound_to_institution_hours
from task_assignment a join task t on t.id = a.task_id;

create view plan_directory (id, employee_id, unit_id, iso_week, week_start, flex_type, status, verdict, warnings,
                            submitted_at, submitted_by, decided_at, decided_by, decided_by_name, decision_note) as
select id, employee_id, unit_id, iso_week, week_start, flex_type, status, verdict, warnings, submitted_at,
       submitted_by, decided_at, decided_by, decided_by_name, decision_note
from weekly_plan;

create view plan_day_directory (plan_id, day, kind, start_time, end_time, break_minutes, office_unit_code, note) as
select plan_id, day, kind, start_time, end_time, break_minutes, office_unit_code, note from plan_day;

create view account_directory (id, username, display_name, employee_id, enabled) as
select id, username, display_name, employee_id, enabled from account;

create view account_role_directory (account_id, role) as
select account_id, role from account_role;

-- The e-mail address each person gives for notifications belongs to the notifications module.
create table mail_address (
    account_id bigint       primary key references account (id) on delete cascade,
    email      varchar(254) not null check (email ~ '^[^@\s]+@[^@\s]+$')
);
insert into mail_address (account_id, email) select id, email from account where email is not null;
alter table account drop column email;
