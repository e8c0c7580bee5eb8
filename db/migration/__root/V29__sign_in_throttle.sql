-- Sign-in throttling (security): one token bucket per limit and key (a client address, an account at an address,
-- an account, all sign-ins), kept by Bucket4j and shared by every instance. The key is a SHA-256 digest, so neither
-- addresses nor usernames are stored; a row is deleted once its bucket would be full again (expires_at, epoch ms).
create table sign_in_bucket (
    id         text   primary key,
    state      bytea,
    expires_at bigint
);
create index sign_in_bucket_expires_idx on sign_in_bucket (expires_at);

-- accounts are no longer locked after failed sign-ins (anyone could lock anyone out): the throttle slows the
-- attempts instead. A lock set before this version ends now.
update account set locked_until = null, failed_logins = 0 where locked_until is not null or failed_logins > 0;
