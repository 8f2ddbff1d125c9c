-- Comments on a trigger and a policy (add), and a removed comment on the public schema's table.
CREATE TABLE documents (
    id integer PRIMARY KEY,
    owner_name text NOT NULL DEFAULT current_user,
    updated_at timestamptz
);

CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.updated_at := now();
    RETURN NEW;
END $$;

CREATE TRIGGER documents_touch BEFORE UPDATE ON documents
    FOR EACH ROW EXECUTE FUNCTION touch();

ALTER TABLE documents ENABLE ROW LEVEL SECURITY;
CREATE POLICY documents_owner ON documents USING (owner_name = current_user);

COMMENT ON TABLE documents IS 'to be removed';
