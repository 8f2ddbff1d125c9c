-- Dropping a table with an identity key, a CHECK, a unique index, a generated column, a trigger and a policy (its function dropped too).
CREATE FUNCTION normalize_token_label() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    NEW.label := btrim(NEW.label);
    RETURN NEW;
END
$$;

CREATE TABLE api_tokens (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    owner_name text NOT NULL,
    label text NOT NULL,
    token_hash text NOT NULL CHECK (length(token_hash) > 3),
    scopes text[] NOT NULL DEFAULT '{}',
    label_length integer GENERATED ALWAYS AS (length(label)) STORED,
    expires_at timestamptz
);

CREATE UNIQUE INDEX api_tokens_token_hash_key ON api_tokens (token_hash);

CREATE TRIGGER api_tokens_normalize BEFORE INSERT OR UPDATE ON api_tokens
    FOR EACH ROW EXECUTE FUNCTION normalize_token_label();

ALTER TABLE api_tokens ENABLE ROW LEVEL SECURITY;

CREATE POLICY api_tokens_owner ON api_tokens
    USING (owner_name = current_user);

CREATE TABLE users (
    name text PRIMARY KEY
);
