-- Demo personnel records: what HR keeps and the eligibility rules read (PermenPANRB 4/2025).

-- Pasal 8 ayat (2)-(3): the performance predicates of 2025; mostly Baik, some Sangat Baik, one Butuh Perbaikan.
insert into performance_predicate (employee_id, year, predikat, recorded_by, recorded_at)
select e.id, 2025,
       case
           when e.nip = '198012152004101004' then 'BUTUH_PERBAIKAN'
           when e.nip in ('197608222012071001', '198808122010042002', '199312102015102009', '197701182022032006',
                          '198510062007051007', '197510042010012002') then 'SANGAT_BAIK'
           else 'BAIK'
       end,
       'kepegawaian', timestamptz '2026-01-15 09:00:00+07'
from employee e;

-- Pasal 25 ayat (1) huruf a: one sanction in process now, one that was served and has ended.
insert into discipline_record (employee_id, starts_on, ends_on, status, note, recorded_by, recorded_at) values
    ((select id from employee where nip = '198012122014081007'), date '2026-11-02', null, 'IN_PROCESS',
     'Pemeriksaan dugaan pelanggaran disiplin sedang berjalan.', 'kepegawaian', timestamptz '2026-11-02 10:00:00+07'),
    ((select id from employee where nip = '199207222014011001'), date '2026-03-02', date '2026-08-31', 'SERVING',
     'Hukuman disiplin ringan telah selesai dijalani.', 'kepegawaian', timestamptz '2026-03-02 10:00:00+07');

-- Pasal 10, 13 ayat (2) huruf b: a special circumstance approved by the head of the unit.
insert into special_circumstance (employee_id, reason, starts_on, ends_on, approved_by, recorded_by, recorded_at)
values ((select id from employee where nip = '198607062019062005'),
        'Mendampingi anak dalam perawatan medis jangka panjang', date '2026-10-01', date '2027-03-31',
        'Joko Permata, Kepala Dinas Komunikasi dan Informatika', 'kepegawaian', timestamptz '2026-09-28 14:00:00+07');

-- Pasal 15-16: the employees' own declarations; Oktaviani Gunawan's infrastructure is not ready yet.
insert into infrastructure_declaration (employee_id, ready, note, declared_at)
select e.id, e.nip <> '198301222005092006',
       case when e.nip = '198301222005092006' then 'Belum memiliki laptop kerja dan koneksi internet di rumah.' end,
       timestamptz '2026-01-12 08:00:00+07'
from employee e join unit u on u.id = e.unit_id
where u.code in ('DISKOMINFO', 'BAPPEDA', 'BKPSDM');
