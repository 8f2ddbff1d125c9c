-- Dropping pgcrypto together with the function and the column default that used it.
CREATE EXTENSION pgcrypto;

CREATE FUNCTION random_token() RETURNS text
    LANGUAGE sql VOLATILE AS $$ SELECT encode(gen_random_bytes(16), 'hex') $$;

CREATE TABLE api_keys (
    id integer PRIMARY KEY,
    token text NOT NULL DEFAULT random_token(),
    digest bytea
);
