-- Check-in and check-out in Fleksi itself, for institutions without an attendance system of their own: the PPK
-- switches it on (one row of settings). The records it makes are attendance records of the source FLEKSI.
-- When the PPK also switches the position on, the device's position at check-in and check-out is kept, rounded to
-- 2 decimals (about 1 km): the columns cannot hold anything more precise.
create table attendance_setting (
    id              boolean     primary key default true check (id),
    check_in        boolean     not null default false,
    record_position boolean     not null default false,
    changed_at      timestamptz,
    changed_by      text
);

insert into attendance_setting (id) values (true);

create table attendance_position (
    id                   bigserial    primary key,
    attendance_record_id bigint       not null references attendance_record (id) on delete cascade,
    moment               text         not null check (moment in ('CHECK_IN', 'CHECK_OUT')),
    latitude             numeric(5,2) not null check (latitude between -90 and 90),
    longitude            numeric(6,2) not null check (longitude between -180 and 180),
    recorded_at          timestamptz  not null,
    constraint attendance_position_once unique (attendance_record_id, moment)
);
