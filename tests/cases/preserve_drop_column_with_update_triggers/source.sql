-- Dropping a column of a table with BEFORE UPDATE triggers (one ENABLE ALWAYS, one disabled) that rewrite other columns; the restore must not fire them and must leave their states.
CREATE FUNCTION documents_touch() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    NEW.revision := OLD.revision + 1;
    NEW.updated_at := now();
    RETURN NEW;
END
$$;

CREATE FUNCTION documents_mark_dirty() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    NEW.dirty := true;
    RETURN NEW;
END
$$;

CREATE TABLE documents (
    id integer PRIMARY KEY,
    title text NOT NULL,
    draft_notes text,
    dirty boolean NOT NULL DEFAULT false,
    revision integer NOT NULL DEFAULT 1,
    updated_at timestamptz NOT NULL DEFAULT now()
);

CREATE TRIGGER documents_touch BEFORE UPDATE ON documents
    FOR EACH ROW EXECUTE FUNCTION documents_touch();

CREATE TRIGGER documents_mark_dirty BEFORE UPDATE ON documents
    FOR EACH ROW EXECUTE FUNCTION documents_mark_dirty();

ALTER TABLE documents ENABLE ALWAYS TRIGGER documents_mark_dirty;

CREATE TRIGGER documents_touch_disabled BEFORE UPDATE ON documents
    FOR EACH ROW EXECUTE FUNCTION documents_touch();

ALTER TABLE documents DISABLE TRIGGER documents_touch_disabled;
