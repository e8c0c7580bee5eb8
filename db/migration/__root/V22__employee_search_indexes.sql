-- Searching employees by part of the name or the start of the NIP reads an index instead of every employee:
-- trigram matching (pg_trgm, a trusted extension shipped with PostgreSQL) for "contains", pattern order for the
-- NIP prefix whatever the database's collation.
create extension if not exists pg_trgm;
create index employee_name_trgm_idx on employee using gin (lower(name) gin_trgm_ops);
create index employee_nip_pattern_idx on employee (nip varchar_pattern_ops);
