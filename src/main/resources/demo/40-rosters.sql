-- Shift rosters of the emergency unit (Pasal 19): the PPK designated RSUD-IGD for sif (10-institution.sql), its
-- head divides the shifts. More nurses and midwives take turns, each with the 24-hour emergency task, which
-- qualifies for sif (Pasal 24 ayat (1)).
insert into employee (nip, name, employee_type, unit_id, position, position_since, domicile) values
    ('199103142015031010', 'Gilang Ramadhan', 'PNS', (select id from unit where code = 'RSUD-IGD'), 'Perawat', '2019-02-01', 'Jl. Kenari No. 1, Kecamatan Sukamaju'),
    ('199308072017112011', 'Kurnia Sari', 'PNS', (select id from unit where code = 'RSUD-IGD'), 'Perawat', '2020-01-01', 'Jl. Kenari No. 2, Kecamatan Sukamaju'),
    ('199501222019032012', 'Lina Handayani', 'PPPK', (select id from unit where code = 'RSUD-IGD'), 'Perawat', '2021-03-01', 'Jl. Kenari No. 3, Kecamatan Sukamaju'),
    ('198905302014021013', 'Nanda Pratama', 'PNS', (select id from unit where code = 'RSUD-IGD'), 'Dokter', '2018-05-01', 'Jl. Kenari No. 4, Kecamatan Sukamaju'),
    ('199209152016062014', 'Putri Maharani', 'PNS', (select id from unit where code = 'RSUD-IGD'), 'Bidan', '2020-09-01', 'Jl. Kenari No. 5, Kecamatan Sukamaju'),
    ('198704112012031015', 'Rudi Hartono', 'PNS', (select id from unit where code = 'RSUD-IGD'), 'Perawat', '2017-04-01', 'Jl. Kenari No. 6, Kecamatan Sukamaju');

insert into performance_predicate (employee_id, year, predikat, recorded_by, recorded_at)
select e.id, 2025, 'BAIK', 'kepegawaian', timestamptz '2026-01-15 09:00:00+07'
from employee e
where e.nip in ('199103142015031010', '199308072017112011', '199501222019032012', '198905302014021013',
                '199209152016062014', '198704112012031015');

insert into task_assignment (task_id, employee_id, assigned_on)
select (select id from task where code = 'IGD-LYN'), e.id, date '2026-01-05'
from employee e
where e.nip in ('199103142015031010', '199308072017112011', '199501222019032012', '198905302014021013',
                '199209152016062014', '198704112012031015');

-- The head of the emergency unit, Ayu Setiawan, signs in as kepala.igd with the demo password demo12345
-- (bcrypt); the demo loader gives every other employee without an account one named by their NIP.
insert into account (username, display_name, password_hash, employee_id)
values ('kepala.igd', 'Ayu Setiawan', '{bcrypt}$2a$10$y.gs.11EUtt9/OY1KpzFOOWAERoTVhv4/7g8GR9L9UO5jIATPV8x6',
        (select id from employee where nip = '197402061999042006'));
insert into account_role (account_id, role)
select id, 'PEGAWAI' from account where username = 'kepala.igd';

-- Three shifts around the clock; the night shift ends the next morning.
insert into shift_template (unit_id, code, name, start_time, end_time, break_minutes, min_staff)
select u.id, t.code, t.name, t.start_time, t.end_time, t.break_minutes, t.min_staff
from (values ('P', 'Pagi', time '07:00', time '14:00', 30, 3),
             ('S', 'Siang', time '14:00', time '21:00', 30, 2),
             ('M', 'Malam', time '21:00', time '07:00', 60, 2))
         as t(code, name, start_time, end_time, break_minutes, min_staff)
cross join unit u where u.code = 'RSUD-IGD';

-- A two-week cycle: two mornings, two afternoons, two nights, two days off. The starting days give every
-- employee at least 37h30m each week (Pasal 19 ayat (2)) and cover the afternoons and nights; a few mornings
-- stay short of their three nurses, which the roster shows as gaps.
insert into shift_rotation (unit_id, starts_on, cells)
select id, date '2026-01-05', '{P,P,S,S,M,M,OFF,OFF,P,P,S,S,M,M}' from unit where code = 'RSUD-IGD';

insert into shift_rotation_member (unit_id, employee_id, offset_days)
select (select id from unit where code = 'RSUD-IGD'), e.id, m.offset_days
from (values ('198510062007051007', 0), ('198309122014102008', 0), ('199209202015111009', 2),
             ('199411262016072001', 2), ('198202162015071002', 4), ('199103142015031010', 4),
             ('199308072017112011', 7), ('199501222019032012', 7), ('198905302014021013', 9),
             ('199209152016062014', 11), ('198704112012031015', 11)) as m(nip, offset_days)
join employee e on e.nip = m.nip;
