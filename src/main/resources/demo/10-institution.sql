-- Demo institution: a fictional regency with a hospital emergency unit that works in shifts.
insert into institution (id, name, short_name, address, contact, signing_place, signatory_name, signatory_title)
values (1, 'Pemerintah Kabupaten Sukamaju', 'Kab. Sukamaju', 'Jalan Jenderal Sudirman No. 1, Sukamaju 45111',
        'Telepon (0231) 555 0100 · Pos-el setda@sukamajukab.go.id', 'Sukamaju', 'H. Rahmat Hidayat, S.H., M.Si.',
        'Bupati Sukamaju');

insert into unit (code, name, parent_id, time_zone) values ('SETDA', 'Sekretariat Daerah', null, 'Asia/Jakarta');
insert into unit (code, name, parent_id, time_zone) values ('BKPSDM', 'Badan Kepegawaian dan Pengembangan Sumber Daya Manusia', (select id from unit where code = 'SETDA'), 'Asia/Jakarta');
insert into unit (code, name, parent_id, time_zone) values ('DISKOMINFO', 'Dinas Komunikasi dan Informatika', (select id from unit where code = 'SETDA'), 'Asia/Jakarta');
insert into unit (code, name, parent_id, time_zone) values ('BAPPEDA', 'Badan Perencanaan Pembangunan Daerah', (select id from unit where code = 'SETDA'), 'Asia/Jakarta');
insert into unit (code, name, parent_id, time_zone) values ('RSUD', 'Rumah Sakit Umum Daerah', (select id from unit where code = 'SETDA'), 'Asia/Jakarta');
insert into unit (code, name, parent_id, time_zone) values ('RSUD-IGD', 'Instalasi Gawat Darurat RSUD', (select id from unit where code = 'RSUD'), 'Asia/Jakarta');

insert into employee (nip, name, employee_type, unit_id, position, position_since, domicile) values
    ('198003132015011001', 'Agus Saputra', 'PNS', (select id from unit where code = 'SETDA'), 'Sekretaris Daerah', '2017-09-01', 'Jl. Melati No. 3, Kecamatan Sukamaju'),
    ('197306191996091002', 'Budi Wulandari', 'PNS', (select id from unit where code = 'SETDA'), 'Analis Kebijakan', '2019-01-01', 'Jl. Melati No. 4, Kecamatan Sukamaju'),
    ('197207141997042003', 'Citra Pratama', 'PNS', (select id from unit where code = 'SETDA'), 'Pengelola Keuangan', '2017-09-01', 'Jl. Melati No. 5, Kecamatan Sukamaju'),
    ('198301272013022004', 'Dewi Lestari', 'PPPK', (select id from unit where code = 'SETDA'), 'Arsiparis', '2019-11-01', 'Jl. Melati No. 6, Kecamatan Sukamaju'),
    ('199010022013101005', 'Eko Santoso', 'PNS', (select id from unit where code = 'BKPSDM'), 'Kepala BKPSDM', '2022-01-01', 'Jl. Melati No. 7, Kecamatan Sukamaju'),
    ('197701182022032006', 'Fitri Rahayu', 'PNS', (select id from unit where code = 'BKPSDM'), 'Analis SDM Aparatur', '2020-07-01', 'Jl. Melati No. 8, Kecamatan Sukamaju'),
    ('197409042013052007', 'Gita Hidayat', 'PNS', (select id from unit where code = 'BKPSDM'), 'Pranata SDM Aparatur', '2024-11-01', 'Jl. Melati No. 9, Kecamatan Sukamaju'),
    ('197502192013111008', 'Hendra Kusuma', 'PNS', (select id from unit where code = 'BKPSDM'), 'Analis SDM Aparatur', '2019-06-01', 'Jl. Melati No. 10, Kecamatan Sukamaju'),
    ('197309231997102009', 'Indah Setiawan', 'PNS', (select id from unit where code = 'BKPSDM'), 'Pengadministrasi Umum', '2026-10-01', 'Jl. Melati No. 11, Kecamatan Sukamaju'),
    ('197608222012071001', 'Joko Permata', 'PNS', (select id from unit where code = 'DISKOMINFO'), 'Kepala Dinas', '2021-08-01', 'Jl. Melati No. 12, Kecamatan Sukamaju'),
    ('198808122010042002', 'Kartika Nugroho', 'PPPK', (select id from unit where code = 'DISKOMINFO'), 'Pranata Komputer', '2018-12-01', 'Jl. Melati No. 13, Kecamatan Sukamaju'),
    ('199404032016052003', 'Lestari Anggraini', 'PNS', (select id from unit where code = 'DISKOMINFO'), 'Pranata Komputer', '2024-08-01', null),
    ('198012152004101004', 'Made Wijaya', 'PNS', (select id from unit where code = 'DISKOMINFO'), 'Pranata Hubungan Masyarakat', '2017-02-01', 'Jl. Melati No. 15, Kecamatan Sukamaju'),
    ('198607062019062005', 'Nur Susanti', 'PNS', (select id from unit where code = 'DISKOMINFO'), 'Analis Sistem Informasi', '2018-08-01', 'Jl. Melati No. 16, Kecamatan Sukamaju'),
    ('198301222005092006', 'Oktaviani Gunawan', 'PNS', (select id from unit where code = 'DISKOMINFO'), 'Pengelola Data', '2025-06-01', 'Jl. Melati No. 17, Kecamatan Sukamaju'),
    ('198012122014081007', 'Putu Saputra', 'PNS', (select id from unit where code = 'DISKOMINFO'), 'Teknisi Jaringan', '2025-08-01', 'Jl. Melati No. 18, Kecamatan Sukamaju'),
    ('197202092010121008', 'Rahmat Wulandari', 'PNS', (select id from unit where code = 'BAPPEDA'), 'Kepala Bappeda', '2017-01-01', 'Jl. Melati No. 19, Kecamatan Sukamaju'),
    ('199312102015102009', 'Siti Pratama', 'PPPK', (select id from unit where code = 'BAPPEDA'), 'Perencana', '2023-05-01', 'Jl. Melati No. 20, Kecamatan Sukamaju'),
    ('199207222014011001', 'Taufik Lestari', 'PNS', (select id from unit where code = 'BAPPEDA'), 'Perencana', '2023-06-01', 'Jl. Melati No. 21, Kecamatan Sukamaju'),
    ('197510042010012002', 'Utami Santoso', 'PNS', (select id from unit where code = 'BAPPEDA'), 'Statistisi', '2019-05-01', 'Jl. Melati No. 22, Kecamatan Sukamaju'),
    ('197412082007071003', 'Wahyu Rahayu', 'PNS', (select id from unit where code = 'RSUD'), 'Direktur RSUD', '2023-02-01', 'Jl. Melati No. 23, Kecamatan Sukamaju'),
    ('197508132012052004', 'Yulia Hidayat', 'PNS', (select id from unit where code = 'RSUD'), 'Administrator Kesehatan', '2018-07-01', 'Jl. Melati No. 24, Kecamatan Sukamaju'),
    ('198705232009061005', 'Zainal Kusuma', 'PNS', (select id from unit where code = 'RSUD'), 'Pengelola Keuangan', '2022-04-01', 'Jl. Melati No. 25, Kecamatan Sukamaju'),
    ('197402061999042006', 'Ayu Setiawan', 'PNS', (select id from unit where code = 'RSUD-IGD'), 'Kepala Instalasi Gawat Darurat', '2019-01-01', 'Jl. Melati No. 26, Kecamatan Sukamaju'),
    ('198510062007051007', 'Bambang Permata', 'PPPK', (select id from unit where code = 'RSUD-IGD'), 'Dokter', '2016-03-01', 'Jl. Melati No. 27, Kecamatan Sukamaju'),
    ('198309122014102008', 'Dian Nugroho', 'PNS', (select id from unit where code = 'RSUD-IGD'), 'Perawat', '2021-03-01', 'Jl. Melati No. 28, Kecamatan Sukamaju'),
    ('199209202015111009', 'Fajar Anggraini', 'PNS', (select id from unit where code = 'RSUD-IGD'), 'Perawat', '2016-08-01', 'Jl. Melati No. 29, Kecamatan Sukamaju'),
    ('199411262016072001', 'Hana Wijaya', 'PNS', (select id from unit where code = 'RSUD-IGD'), 'Perawat', '2022-07-01', 'Jl. Melati No. 30, Kecamatan Sukamaju'),
    ('198202162015071002', 'Irfan Susanti', 'PNS', (select id from unit where code = 'RSUD-IGD'), 'Bidan', '2016-04-01', 'Jl. Melati No. 31, Kecamatan Sukamaju'),
    ('197204152000022003', 'Ratna Gunawan', 'PPPK_PARUH_WAKTU', (select id from unit where code = 'RSUD-IGD'), 'Pengemudi Ambulans', '2021-10-01', 'Jl. Melati No. 32, Kecamatan Sukamaju');

insert into unit_head (unit_id, employee_id, started_on)
select u.id, e.id, date '2024-01-02'
from (values ('SETDA', '198003132015011001'), ('BKPSDM', '199010022013101005'),
             ('DISKOMINFO', '197608222012071001'), ('BAPPEDA', '197202092010121008'),
             ('RSUD', '197412082007071003'), ('RSUD-IGD', '197402061999042006')) as h(unit_code, nip)
join unit u on u.code = h.unit_code
join employee e on e.nip = h.nip;

-- The task inventory (Pasal 9): characteristics a-e and the criteria of Pasal 23, 24.
insert into task (code, name, unit_id, char_type, char_environment, char_social, char_mental_emotional, char_cognitive,
                  can_be_done_outside_office, no_special_room_or_equipment, doable_with_ict, minimal_face_to_face,
                  no_continuous_supervision, must_be_outside_office, more_than_8h30_per_day,
                  more_than_5_days_per_week, not_bound_to_institution_hours)
select t.code, t.name, u.id, t.char_type, t.char_environment, t.char_social, t.char_mental, t.char_cognitive,
       t.a, t.b, t.c, t.d, t.e, t.outside, t.long_day, t.long_week, t.unbound
from (values
    ('KOM-APL', 'Pengembangan dan pemeliharaan aplikasi layanan', 'DISKOMINFO', 'Teknis', 'Ruang kerja dengan komputer',
     'Koordinasi daring dengan pengguna', 'Konsentrasi tinggi', 'Analitis',
     true, true, true, true, true, false, false, false, true),
    ('KOM-JAR', 'Pemantauan jaringan dan pusat data', 'DISKOMINFO', 'Teknis operasional', 'Pusat data',
     'Koordinasi dengan penyedia layanan', 'Siaga gangguan', 'Pemecahan masalah',
     false, false, true, true, false, false, true, true, false),
    ('KOM-HUMAS', 'Peliputan dan publikasi kegiatan pemerintah', 'DISKOMINFO', 'Komunikasi', 'Lapangan',
     'Interaksi dengan masyarakat dan media', 'Tekanan tenggat', 'Kreatif',
     true, true, true, false, true, true, false, false, true),
    ('SDM-ANL', 'Analisis kebutuhan dan pengembangan SDM aparatur', 'BKPSDM', 'Analitis', 'Ruang kerja',
     'Koordinasi antarunit', 'Stabil', 'Analitis',
     true, true, true, true, true, false, false, false, false),
    ('SDM-LYN', 'Layanan administrasi kepegawaian tatap muka', 'BKPSDM', 'Layanan', 'Loket layanan',
     'Tatap muka dengan pegawai', 'Pelayanan', 'Administratif',
     false, false, true, false, false, false, false, false, false),
    ('REN-DOK', 'Penyusunan dokumen perencanaan pembangunan daerah', 'BAPPEDA', 'Analitis', 'Ruang kerja',
     'Koordinasi daring', 'Stabil', 'Analitis dan sintesis',
     true, true, true, true, true, false, false, false, true),
    ('ADM-ARS', 'Pengelolaan arsip dinamis', 'SETDA', 'Administratif', 'Ruang arsip',
     'Rendah', 'Stabil', 'Ketelitian',
     false, false, false, true, true, false, false, false, false),
    ('IGD-LYN', 'Pelayanan gawat darurat 24 jam', 'RSUD-IGD', 'Pelayanan kesehatan', 'Instalasi gawat darurat',
     'Tatap muka dengan pasien', 'Tekanan tinggi', 'Keputusan cepat',
     false, false, false, false, false, false, true, true, false)
) as t(code, name, unit_code, char_type, char_environment, char_social, char_mental, char_cognitive,
       a, b, c, d, e, outside, long_day, long_week, unbound)
join unit u on u.code = t.unit_code;

insert into task_assignment (task_id, employee_id, assigned_on)
select t.id, e.id, date '2026-01-05'
from employee e
join unit u on u.id = e.unit_id
join task t on t.code = case
    when u.code = 'DISKOMINFO' and e.position like 'Pranata Hubungan%' then 'KOM-HUMAS'
    when u.code = 'DISKOMINFO' and e.position like 'Teknisi%' then 'KOM-JAR'
    when u.code = 'DISKOMINFO' then 'KOM-APL'
    when u.code = 'BKPSDM' and e.position like 'Pengadministrasi%' then 'SDM-LYN'
    when u.code = 'BKPSDM' then 'SDM-ANL'
    when u.code = 'BAPPEDA' then 'REN-DOK'
    when u.code = 'SETDA' then 'ADM-ARS'
    when u.code = 'RSUD-IGD' then 'IGD-LYN'
    end;

-- The PPK's determination (penetapan) in force from the first working Monday of 2026.
insert into policy_version (effective_from, decree_number, lokasi_enabled, allowed_locations, max_lokasi_days_per_week,
                            lokasi_percent_cap, fixed_lokasi_weekdays, sif_enabled, sif_unit_codes, dinamis_enabled,
                            dinamis_earliest_start, dinamis_latest_end, dinamis_core_start, dinamis_core_end,
                            dinamis_min_minutes_per_day, late_start_max_minutes, new_employee_months, min_predikat,
                            min_office_presence_percent, code_of_conduct, created_by)
values (date '2026-01-05', 'Keputusan Bupati Sukamaju Nomor 800.1/12/2026', true,
        '{RUMAH,KANTOR_LAIN,LOKASI_LAIN}', 2, 40, '{}', true, '{RSUD-IGD}', true,
        time '06:00', time '19:00', time '09:00', time '14:00', 240, 60, 6, 'BAIK', 50,
        'Kode perilaku pelaksanaan tugas kedinasan secara fleksibel di lingkungan Pemerintah Kabupaten Sukamaju: '
            || 'pegawai tetap dapat dihubungi selama jam kerja, menyelesaikan target kinerja yang disepakati, '
            || 'menjaga kerahasiaan data dan dokumen dinas, dan hadir di kantor bila diminta atasan langsung.',
        'demo');
