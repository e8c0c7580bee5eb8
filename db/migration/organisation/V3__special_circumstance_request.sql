-- Pasal 8 ayat (1) huruf b, Pasal 10, Pasal 13 ayat (2) huruf b: an employee asks for a special circumstance
-- (keadaan khusus) with evidence; the head of their unit (or of a unit above it) recommends it or not, then HR
-- approves or rejects it. An approved request becomes the special_circumstance the rules read, which names it.
-- The number is readable and stable: KK-<year of the request>-<six digits of the sequence>.
create sequence special_circumstance_request_number;

create table special_circumstance_request (
    id                  bigserial     primary key,
    number              varchar(20)   not null unique check (number ~ '^KK-[0-9]{4}-[0-9]{6,}$'),
    employee_id         bigint        not null references employee (id),
    kind                varchar(20)   not null check (kind in ('HEALTH', 'FAMILY_CARE', 'DISASTER', 'OTHER')),
    starts_on           date          not null,
    ends_on             date          not null,
    reason              varchar(1000) not null check (length(btrim(reason)) > 0),
    status              varchar(20)   not null default 'REQUESTED' check (status in
                            ('REQUESTED', 'RECOMMENDED', 'NOT_RECOMMENDED', 'APPROVED', 'REJECTED')),
    requested_at        timestamptz   not null,
    requested_by        varchar(60)   not null,
    recommended_at      timestamptz,
    recommended_by      varchar(60),
    recommended_by_name varchar(200),
    recommendation_note varchar(1000),
    decided_at          timestamptz,
    decided_by          varchar(60),
    decided_by_name     varchar(200),
    decision_note       varchar(1000),
    check (ends_on >= starts_on),
    check ((status = 'REQUESTED' and recommended_at is null and decided_at is null)
        or (status in ('RECOMMENDED', 'NOT_RECOMMENDED') and recommended_at is not null and decided_at is null)
        or (status in ('APPROVED', 'REJECTED') and decided_at is not null))
);
create index special_circumstance_request_employee_idx on special_circumstance_request (employee_id, requested_at desc);
create index special_circumstance_request_status_idx on special_circumstance_request (status, requested_at desc);

-- The evidence of a request: one to five files kept by the documents module, in the order they were given.
create table special_circumstance_request_file (
    request_id  bigint   not null references special_circumstance_request (id),
    position    smallint not null check (position between 1 and 5),
    document_id bigint   not null unique references document (id),
    primary key (request_id, position)
);

-- The special circumstance an approved request became; those HR recorded directly name none.
alter table special_circumstance
    add column request_id bigint unique references special_circumstance_request (id);

-- The published view gains the request's number at its end (its readers name their columns).
create or replace view personnel_special_circumstance (id, employee_id, reason, starts_on, ends_on, request_number) as
select c.id, c.employee_id, c.reason, c.starts_on, c.ends_on, r.number
from special_circumstance c left join special_circumstance_request r on r.id = c.request_id;
