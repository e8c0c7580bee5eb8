-- Acting heads: a Pelaksana Tugas (PLT) or Pelaksana Harian (PLH) acts as head of a unit for a period,
-- next to the head, who keeps their own authority. Periods of one unit never overlap (checked by the
-- application under a lock on the unit row).
create table acting_head (
    id          bigserial primary key,
    unit_id     bigint       not null references unit (id),
    employee_id bigint       not null references employee (id),
    kind        varchar(3)   not null check (kind in ('PLT', 'PLH')),
    starts_on   date         not null,
    ends_on     date         not null,
    -- the number of the letter (surat perintah) or the reason
    letter      varchar(200) not null,
    created_by  varchar(60)  not null,
    created_at  timestamptz  not null default now(),
    -- ended early: from this day on no longer in force (a day before starts_on never was)
    ended_on    date,
    ended_by    varchar(60),
    check (ends_on >= starts_on),
    check ((ended_on is null) = (ended_by is null))
);
create index acting_head_unit_idx on acting_head (unit_id, starts_on);
create index acting_head_employee_idx on acting_head (employee_id, ends_on);

-- Who heads a unit, and from when until when: the current heads (unbounded) and the acting heads, each
-- for the days their delegation is in force and only while they are in active service. "Today" is the
-- institution's day, which the application passes: in_force_from <= :today and in_force_until >= :today.
create view unit_authority (unit_id, employee_id, authority, in_force_from, in_force_until) as
select h.unit_id, h.employee_id, 'HEAD', date '-infinity', date 'infinity'
from unit_head h
where h.ended_on is null
union all
select a.unit_id, a.employee_id, a.kind, a.starts_on,
       case when a.ended_on is null then a.ends_on else least(a.ends_on, a.ended_on - 1) end
from acting_head a
join employee e on e.id = a.employee_id and e.active;

-- Private calendar feeds: one active token per account, of which only the SHA-256 hash is kept.
create table calendar_feed (
    account_id   bigint      primary key references account (id) on delete cascade,
    employee_id  bigint      not null references employee (id),
    token_sha256 bytea       not null unique check (length(token_sha256) = 32),
    created_at   timestamptz not null default now()
);
