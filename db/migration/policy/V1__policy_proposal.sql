-- A change of the determination proposed by an evaluation's recommendation (Pasal 35), left for the PPK to prepare
-- or to dismiss with a reason. One proposal per evaluation: finalizing twice never opens a second one.
create table policy_proposal (
    id                   bigserial primary key,
    evaluation_id        bigint        not null unique,
    evaluation_title     varchar(300)  not null,
    text                 varchar(4000) not null,
    opened_by            varchar(100)  not null,
    opened_at            timestamptz   not null,
    status               varchar(10)   not null default 'OPEN' check (status in ('OPEN', 'APPLIED', 'DISMISSED')),
    decided_by           varchar(100),
    decided_at           timestamptz,
    dismissal_reason     varchar(1000),
    applied_effective_from date,
    check ((status = 'OPEN') = (decided_at is null)),
    check ((status = 'DISMISSED') = (dismissal_reason is not null)),
    check ((status = 'APPLIED') = (applied_effective_from is not null))
);
create index policy_proposal_open_idx on policy_proposal (opened_at desc, id desc) where status = 'OPEN';
