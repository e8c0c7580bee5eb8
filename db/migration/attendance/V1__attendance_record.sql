-- What happened on a working day, as an attendance system (or HR) reports it: where the employee worked and when
-- they checked in and out. One record per employee, day and source, so that a batch sent again changes nothing.
-- A check-out earlier than the check-in ends on the next day (a night shift).
create table attendance_record (
    id             bigserial   primary key,
    employee_id    bigint      not null references employee (id),
    day            date        not null,
    source         text        not null check (source ~ '^[A-Za-z0-9][A-Za-z0-9_.-]{0,39}$'),
    check_in       time,
    check_out      time,
    place          text        not null check (place in ('KANTOR', 'RUMAH', 'LOKASI_LAIN', 'DINAS_LUAR')),
    office_unit_id bigint      references unit (id),
    received_at    timestamptz not null,
    received_by    text        not null,
    constraint attendance_record_once unique (employee_id, day, source),
    constraint attendance_record_office check (office_unit_id is null or place = 'KANTOR')
);

create index attendance_record_day on attendance_record (day);
