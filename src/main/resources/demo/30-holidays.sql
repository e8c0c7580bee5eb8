-- The national holidays and cuti bersama of 2025 and 2026 come with the schema (V37). For 2027 the demo holds
-- only the holidays fixed by date, which never move; the moving religious holidays and the cuti bersama are
-- set by the government each year and entered or imported on /hari-libur.
insert into holiday (day, name, kind) values
    ('2027-01-01', 'Tahun Baru Masehi', 'LIBUR_NASIONAL'),
    ('2027-05-01', 'Hari Buruh Internasional', 'LIBUR_NASIONAL'),
    ('2027-06-01', 'Hari Lahir Pancasila', 'LIBUR_NASIONAL'),
    ('2027-08-17', 'Hari Kemerdekaan Republik Indonesia', 'LIBUR_NASIONAL'),
    ('2027-12-25', 'Hari Raya Natal', 'LIBUR_NASIONAL');
