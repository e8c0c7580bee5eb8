-- Files kept as evidence (an output's proof, a special circumstance's letter): the name as the uploader gave it
-- (without any path), the type as detected from the bytes' signature (PDF, PNG or JPEG only), the size, the SHA-256
-- and the bytes themselves. The module that asks for a file to be kept names its purpose and decides who may read it.
create table document (
    id                   bigserial   primary key,
    purpose              text        not null check (purpose ~ '^[A-Z][A-Z0-9_]{0,39}$'),
    file_name            text        not null check (length(file_name) between 1 and 200),
    content_type         text        not null check (content_type in ('application/pdf', 'image/png', 'image/jpeg')),
    size                 bigint      not null check (size > 0),
    sha256               text        not null check (sha256 ~ '^[0-9a-f]{64}$'),
    content              bytea       not null,
    uploaded_by          text        not null,
    uploaded_by_employee bigint,
    uploaded_at          timestamptz not null,
    constraint document_size check (octet_length(content) = size)
);
