-- The national holidays fixed by date in law, which never move. The moving religious holidays and the
-- cuti bersama are set by the government each year; the institution enters them on /hari-libur.
insert into holiday (day, name, kind) values
    ('2026-01-01', 'Tahun Baru Masehi', 'LIBUR_NASIONAL'),
    ('2026-05-01', 'Hari Buruh Internasional', 'LIBUR_NASIONAL'),
    ('2026-06-01', 'Hari Lahir Pancasila', 'LIBUR_NASIONAL'),
    ('2026-08-17', 'Hari Kemerdekaan Republik Indonesia', 'LIBUR_NASIONAL'),
    ('2026-12-25', 'Hari Raya Natal', 'LIBUR_NASIONAL'),
    ('2027-01-01', 'Tahun Baru Masehi', 'LIBUR_NASIONAL'),
    ('2027-05-01', 'Hari Buruh Internasional', 'LIBUR_NASIONAL'),
    ('2027-06-01', 'Hari Lahir Pancasila', 'LIBUR_NASIONAL'),
    ('2027-08-17', 'Hari Kemerdekaan Republik Indonesia', 'LIBUR_NASIONAL'),
    ('2027-12-25', 'Hari Raya Natal', 'LIBUR_NASIONAL');
