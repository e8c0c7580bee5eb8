-- Reminders of the weekly loop: the PPK's plan deadline, in-app notifications, e-mail addresses, what was
-- sent (so that no reminder goes out twice), and the lock that lets one instance run each scheduled job.

-- The weekday and time (WIB) of the current week by which employees submit next week's plan. This is the
-- institution's own arrangement, not an article of the regulation; existing versions get Friday 16.00.
alter table policy_version
    add column plan_deadline_weekday varchar(9) not null default 'FRIDAY'
        check (plan_deadline_weekday in ('MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY',
                                         'SUNDAY')),
    add column plan_deadline_time    time       not null default time '16:00';

-- Where reminders are mailed; optional, set by the account holder.
alter table account
    add column email varchar(254) check (email is null or email ~ '^[^@\s]+@[^@\s]+$');

-- A notification in the application. Its title and body are message keys with their arguments, shown in
-- the reader's language when read (Bahasa Indonesia unless the reader chose English).
create table notification (
    id         bigserial primary key,
    account_id bigint       not null references account (id) on delete cascade,
    kind       varchar(30)  not null,
    title_key  varchar(100) not null,
    body_key   varchar(100) not null,
    args       jsonb        not null default '[]'::jsonb check (jsonb_typeof(args) = 'array'),
    link       varchar(300),
    created_at timestamptz  not null default now(),
    read_at    timestamptz
);
-- The list of one account, newest first, and the unread badge in the navigation bar.
create index notification_account_idx on notification (account_id, created_at desc, id desc);
create index notification_unread_idx on notification (account_id) where read_at is null;

-- Every reminder sent, once per account, kind and period: the ISO week of the plan for a missing plan
-- ('2026-W49'), the day for a unit head's waiting plans ('2026-11-23'). A second run or a second instance
-- finds the row and sends nothing.
create table reminder_sent (
    id         bigserial primary key,
    account_id bigint       not null references account (id) on delete cascade,
    kind       varchar(30)  not null,
    period     varchar(10)  not null,
    sent_at    timestamptz  not null default now(),
    -- the address the e-mail went to, when one was sent
    emailed_to varchar(254),
    unique (account_id, kind, period)
);

-- ShedLock (JDBC provider, database time): one row per scheduled job; an instance runs a job only while it
-- holds the row's lock.
create table shedlock (
    name       varchar(64)  not null primary key,
    lock_until timestamp    not null,
    locked_at  timestamp    not null,
    locked_by  varchar(255) not null
);
