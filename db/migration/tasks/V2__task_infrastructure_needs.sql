-- Pasal 15 ayat (2): the work infrastructure a task needs when done under location flexibility (PERANGKAT, INTERNET,
-- APLIKASI); empty when the task names none.
alter table task add column infrastructure_needs varchar(20)[] not null default '{}'
    check (infrastructure_needs <@ array['PERANGKAT', 'INTERNET', 'APLIKASI']::varchar(20)[]);

create or replace view held_task (employee_id, task_id, code, name, unit_id, can_be_done_outside_office,
                                  no_special_room_or_equipment, doable_with_ict, minimal_face_to_face,
                                  no_continuous_supervision, must_be_outside_office, more_than_8h30_per_day,
                                  more_than_5_days_per_week, not_bound_to_institution_hours, infrastructure_needs) as
select a.employee_id, t.id, t.code, t.name, t.unit_id, t.can_be_done_outside_office,
       t.no_special_room_or_equipment, t.doable_with_ict, t.minimal_face_to_face, t.no_continuous_supervision,
       t.must_be_outside_office, t.more_than_8h30_per_day, t.more_than_5_days_per_week,
       t.not_bound_to_institution_hours, t.infrastructure_needs
from task_assignment a join task t on t.id = a.task_id;
