-- Dropping pgcrypto together with the function and the column default that used it.
CREATE TABLE api_keys (
    id integer PRIMARY KEY,
    token text NOT NULL DEFAULT md5(random()::text),
    digest bytea
);
