-- Pasal 15 ayat (2), 16: besides whether their work infrastructure is ready, the employee declares which items of it
-- they have ready (PERANGKAT, INTERNET, APLIKASI), to be read against what their tasks need.
alter table infrastructure_declaration add column items varchar(20)[] not null default '{}'
    check (items <@ array['PERANGKAT', 'INTERNET', 'APLIKASI']::varchar(20)[]);

create or replace view personnel_infrastructure (employee_id, ready, items) as
select employee_id, ready, items from infrastructure_declaration;
