-- An employee acknowledges the code of conduct of the determination in force before the first plan.
create table code_of_conduct_acknowledgement (
    account_id        bigint      not null references account (id) on delete cascade,
    policy_version_id bigint      not null references policy_version (id),
    acknowledged_at   timestamptz not null default now(),
    primary key (account_id, policy_version_id)
);
