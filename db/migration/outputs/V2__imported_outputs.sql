-- Outputs imported from another system's daily performance records (BKN's e-Kinerja, "Kinerja Harian"): the
-- system's name and the record's id there. Outputs recorded in Fleksi carry neither. One output per record of a
-- source, so that the same file imported again changes nothing. The published view output_directory is unchanged.
alter table work_output
    add column source      text check (source ~ '^[A-Za-z0-9][A-Za-z0-9_.-]{0,39}$'),
    add column external_id text check (length(external_id) between 1 and 64),
    add constraint work_output_imported check ((source is null) = (external_id is null)),
    add constraint work_output_import_once unique (source, external_id);
