-- The registry of events crossing a module boundary (Spring Modulith's JDBC event publication registry, its
-- PostgreSQL schema of version 2). An event is written here in the transaction that publishes it, once per
-- listener; a listener that has not finished (the application stopped, the listener failed) leaves its row
-- incomplete, and it is delivered again when the application starts. Completed rows are deleted
-- (spring.modulith.events.completion-mode: delete).
create table event_publication (
    id                     uuid primary key,
    listener_id            text not null,
    event_type             text not null,
    serialized_event       text not null,
    publication_date       timestamptz not null,
    completion_date        timestamptz,
    status                 text,
    completion_attempts    int,
    last_resubmission_date timestamptz
);

create index event_publication_serialized_event_hash_idx on event_publication using hash (serialized_event);
create index event_publication_by_completion_date_idx on event_publication (completion_date);
