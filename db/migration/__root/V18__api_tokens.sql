-- Tokens of the JSON API (security): an account signs in once with its password and then sends the token as
-- "Authorization: Bearer ...". Only the SHA-256 hash of the random secret is kept; a token expires and can be
-- revoked by its owner. Each call is judged with the account as it is at that moment.
create table api_token (
    id           bigserial primary key,
    account_id   bigint       not null references account (id) on delete cascade,
    name         varchar(100) not null,
    token_sha256 bytea        not null unique check (length(token_sha256) = 32),
    created_at   timestamptz  not null,
    expires_at   timestamptz  not null check (expires_at > created_at),
    last_used_at timestamptz,
    revoked_at   timestamptz
);

create index api_token_account_idx on api_token (account_id) where revoked_at is null;
