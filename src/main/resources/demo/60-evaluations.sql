-- Demo service indicators (Pasal 35: organisational performance): the first semester of 2026 as measured by the
-- units' public satisfaction surveys (IKM, Indeks Kepuasan Masyarakat) and the time a service took.
insert into service_indicator (unit_id, period_from, period_to, name, value, measure, recorded_by, recorded_at)
select u.id, date '2026-01-01', date '2026-06-30', i.name, i.value, i.measure, 'kepegawaian',
       timestamptz '2026-07-10 09:00:00+07'
from (values
    ('DISKOMINFO', 'IKM', 84.20, 'indeks (0-100)'),
    ('BKPSDM', 'IKM', 81.75, 'indeks (0-100)'),
    ('BKPSDM', 'Waktu penyelesaian layanan kenaikan pangkat', 9.5, 'hari kerja'),
    ('RSUD', 'IKM', 78.40, 'indeks (0-100)'),
    ('RSUD-IGD', 'Waktu tanggap pasien gawat darurat', 4.8, 'menit')
) as i(unit_code, name, value, measure)
join unit u on u.code = i.unit_code;
