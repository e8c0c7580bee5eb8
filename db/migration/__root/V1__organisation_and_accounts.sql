-- The institution, its units and employees, and the accounts that sign in.

create table institution (
    id         smallint primary key default 1 check (id = 1),
    name       varchar(200) not null,
    short_name varchar(40)  not null
);

-- Units form a hierarchy; each keeps the time zone its working hours are counted in (Pasal 3 ayat (2)).
create table unit (
    id        bigserial primary key,
    code      varchar(30)  not null unique,
    name      varchar(200) not null,
    parent_id bigint references unit (id),
    time_zone varchar(20)  not null check (time_zone in ('Asia/Jakarta', 'Asia/Makassar', 'Asia/Jayapura')),
    version   bigint       not null default 0,
    check (parent_id is null or parent_id <> id)
);
create index unit_parent_idx on unit (parent_id);

create table employee (
    id             bigserial primary key,
    nip            varchar(18)  not null unique check (nip ~ '^[0-9]{18}$'),
    name           varchar(200) not null,
    employee_type  varchar(20)  not null check (employee_type in ('PNS', 'PPPK', 'PPPK_PARUH_WAKTU')),
    unit_id        bigint       not null references unit (id),
    position       varchar(200) not null,
    -- TMT jabatan: since when the employee holds the position (Pasal 25 ayat (1) huruf b, ayat (2)).
    position_since date         not null,
    -- The domicile registered in personnel data (Pasal 12 ayat (3)).
    domicile       varchar(500),
    active         boolean      not null default true,
    version        bigint       not null default 0
);
create index employee_unit_idx on employee (unit_id);
create index employee_name_idx on employee (lower(name));

-- Who heads a unit, with history: the current head is the term without an end.
create table unit_head (
    id          bigserial primary key,
    unit_id     bigint not null references unit (id),
    employee_id bigint not null references employee (id),
    started_on  date   not null,
    ended_on    date,
    check (ended_on is null or ended_on >= started_on)
);
create unique index unit_head_current_idx on unit_head (unit_id) where ended_on is null;
create index unit_head_employee_idx on unit_head (employee_id) where ended_on is null;

create table account (
    id                   bigserial primary key,
    username             varchar(60)  not null unique check (username = lower(username)),
    display_name         varchar(200) not null,
    password_hash        varchar(200) not null,
    employee_id          bigint unique references employee (id),
    must_change_password boolean      not null default false,
    enabled              boolean      not null default true,
    failed_logins        integer      not null default 0,
    locked_until         timestamptz,
    last_login_at        timestamptz,
    version              bigint       not null default 0
);

-- PIMPINAN_UNIT is not stored: it follows from heading a unit.
create table account_role (
    account_id bigint      not null references account (id) on delete cascade,
    role       varchar(20) not null check (role in ('PPK', 'KEPEGAWAIAN', 'PEGAWAI')),
    primary key (account_id, role)
);
