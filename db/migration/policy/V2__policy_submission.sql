-- Pasal 31: the PPK sends the institution's determination of flexible work to the Minister as material for the
-- evaluation. What was sent is recorded per version of the determination: the day, the letter's number and, when
-- kept, the letter itself (a file of the documents module, named by its id).
create table policy_submission (
    policy_version_id bigint       primary key references policy_version (id) on delete cascade,
    submitted_on      date         not null,
    letter_number     varchar(120) not null check (length(btrim(letter_number)) > 0),
    letter_document_id bigint,
    recorded_by       varchar(60)  not null,
    recorded_at       timestamptz  not null
);
