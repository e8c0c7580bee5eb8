-- Each holiday names the decision it rests on (dasar penetapan), and the national holidays and cuti bersama
-- of 2025 and 2026 are there from the start, as the joint decrees of the Minister of Religious Affairs, the
-- Minister of Manpower and the Minister of State Apparatus Utilisation and Bureaucratic Reform set them
-- (moving feasts included; days falling on a weekend are kept as the decree lists them). A day the
-- institution has already entered keeps its entry. Later years are entered or imported on /hari-libur.
alter table holiday add column basis varchar(300);

insert into holiday (day, name, kind, basis)
select day::date, name, kind,
       'SKB Menteri Agama, Menteri Ketenagakerjaan, dan Menteri PANRB Nomor 1017 Tahun 2024, Nomor 2 Tahun 2024, '
           || 'dan Nomor 2 Tahun 2024 tentang Hari Libur Nasional dan Cuti Bersama Tahun 2025'
from (values
    ('2025-01-01', 'Tahun Baru 2025 Masehi', 'LIBUR_NASIONAL'),
    ('2025-01-27', 'Isra Mikraj Nabi Muhammad SAW', 'LIBUR_NASIONAL'),
    ('2025-01-28', 'Cuti bersama Tahun Baru Imlek 2576 Kongzili', 'CUTI_BERSAMA'),
    ('2025-01-29', 'Tahun Baru Imlek 2576 Kongzili', 'LIBUR_NASIONAL'),
    ('2025-03-28', 'Cuti bersama Hari Suci Nyepi (Tahun Baru Saka 1947)', 'CUTI_BERSAMA'),
    ('2025-03-29', 'Hari Suci Nyepi (Tahun Baru Saka 1947)', 'LIBUR_NASIONAL'),
    ('2025-03-31', 'Idulfitri 1446 Hijriah', 'LIBUR_NASIONAL'),
    ('2025-04-01', 'Idulfitri 1446 Hijriah', 'LIBUR_NASIONAL'),
    ('2025-04-02', 'Cuti bersama Idulfitri 1446 Hijriah', 'CUTI_BERSAMA'),
    ('2025-04-03', 'Cuti bersama Idulfitri 1446 Hijriah', 'CUTI_BERSAMA'),
    ('2025-04-04', 'Cuti bersama Idulfitri 1446 Hijriah', 'CUTI_BERSAMA'),
    ('2025-04-07', 'Cuti bersama Idulfitri 1446 Hijriah', 'CUTI_BERSAMA'),
    ('2025-04-18', 'Wafat Yesus Kristus', 'LIBUR_NASIONAL'),
    ('2025-04-20', 'Kebangkitan Yesus Kristus (Paskah)', 'LIBUR_NASIONAL'),
    ('2025-05-01', 'Hari Buruh Internasional', 'LIBUR_NASIONAL'),
    ('2025-05-12', 'Hari Raya Waisak 2569 BE', 'LIBUR_NASIONAL'),
    ('2025-05-13', 'Cuti bersama Hari Raya Waisak 2569 BE', 'CUTI_BERSAMA'),
    ('2025-05-29', 'Kenaikan Yesus Kristus', 'LIBUR_NASIONAL'),
    ('2025-05-30', 'Cuti bersama Kenaikan Yesus Kristus', 'CUTI_BERSAMA'),
    ('2025-06-01', 'Hari Lahir Pancasila', 'LIBUR_NASIONAL'),
    ('2025-06-06', 'Iduladha 1446 Hijriah', 'LIBUR_NASIONAL'),
    ('2025-06-09', 'Cuti bersama Iduladha 1446 Hijriah', 'CUTI_BERSAMA'),
    ('2025-06-27', '1 Muharam Tahun Baru Islam 1447 Hijriah', 'LIBUR_NASIONAL'),
    ('2025-08-17', 'Proklamasi Kemerdekaan', 'LIBUR_NASIONAL'),
    ('2025-09-05', 'Maulid Nabi Muhammad SAW', 'LIBUR_NASIONAL'),
    ('2025-12-25', 'Kelahiran Yesus Kristus', 'LIBUR_NASIONAL'),
    ('2025-12-26', 'Cuti bersama Kelahiran Yesus Kristus', 'CUTI_BERSAMA')
) as skb (day, name, kind)
on conflict (day) do nothing;

insert into holiday (day, name, kind, basis)
select day::date, name, kind,
       'SKB Menteri Agama, Menteri Ketenagakerjaan, dan Menteri PANRB Nomor 1497 Tahun 2025, Nomor 2 Tahun 2025, '
           || 'dan Nomor 5 Tahun 2025 tentang Hari Libur Nasional dan Cuti Bersama Tahun 2026'
from (values
    ('2026-01-01', 'Tahun Baru 2026 Masehi', 'LIBUR_NASIONAL'),
    ('2026-01-16', 'Isra Mikraj Nabi Muhammad SAW', 'LIBUR_NASIONAL'),
    ('2026-02-16', 'Cuti bersama Tahun Baru Imlek 2577 Kongzili', 'CUTI_BERSAMA'),
    ('2026-02-17', 'Tahun Baru Imlek 2577 Kongzili', 'LIBUR_NASIONAL'),
    ('2026-03-18', 'Cuti bersama Hari Suci Nyepi (Tahun Baru Saka 1948)', 'CUTI_BERSAMA'),
    ('2026-03-19', 'Hari Suci Nyepi (Tahun Baru Saka 1948)', 'LIBUR_NASIONAL'),
    ('2026-03-20', 'Cuti bersama Idulfitri 1447 Hijriah', 'CUTI_BERSAMA'),
    ('2026-03-21', 'Idulfitri 1447 Hijriah', 'LIBUR_NASIONAL'),
    ('2026-03-22', 'Idulfitri 1447 Hijriah', 'LIBUR_NASIONAL'),
    ('2026-03-23', 'Cuti bersama Idulfitri 1447 Hijriah', 'CUTI_BERSAMA'),
    ('2026-03-24', 'Cuti bersama Idulfitri 1447 Hijriah', 'CUTI_BERSAMA'),
    ('2026-04-03', 'Wafat Yesus Kristus', 'LIBUR_NASIONAL'),
    ('2026-04-05', 'Kebangkitan Yesus Kristus (Paskah)', 'LIBUR_NASIONAL'),
    ('2026-05-01', 'Hari Buruh Internasional', 'LIBUR_NASIONAL'),
    ('2026-05-14', 'Kenaikan Yesus Kristus', 'LIBUR_NASIONAL'),
    ('2026-05-15', 'Cuti bersama Kenaikan Yesus Kristus', 'CUTI_BERSAMA'),
    ('2026-05-27', 'Iduladha 1447 Hijriah', 'LIBUR_NASIONAL'),
    ('2026-05-28', 'Cuti bersama Iduladha 1447 Hijriah', 'CUTI_BERSAMA'),
    ('2026-05-31', 'Hari Raya Waisak 2570 BE', 'LIBUR_NASIONAL'),
    ('2026-06-01', 'Hari Lahir Pancasila', 'LIBUR_NASIONAL'),
    ('2026-06-16', '1 Muharam Tahun Baru Islam 1448 Hijriah', 'LIBUR_NASIONAL'),
    ('2026-08-17', 'Proklamasi Kemerdekaan', 'LIBUR_NASIONAL'),
    ('2026-08-25', 'Maulid Nabi Muhammad SAW', 'LIBUR_NASIONAL'),
    ('2026-12-24', 'Cuti bersama Kelahiran Yesus Kristus', 'CUTI_BERSAMA'),
    ('2026-12-25', 'Kelahiran Yesus Kristus', 'LIBUR_NASIONAL')
) as skb (day, name, kind)
on conflict (day) do nothing;
