-- Rule: triggers. EXECUTE PROCEDURE is printed as EXECUTE FUNCTION, the function is
-- schema-qualified, WHEN conditions get parentheses and lower-case new/old.
CREATE TABLE documents (
    id          integer PRIMARY KEY,
    title       text NOT NULL,
    version     integer NOT NULL DEFAULT 1,
    updated_at  timestamptz
);

CREATE TABLE document_audit (document_id integer, op text);

CREATE FUNCTION touch_updated_at() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.updated_at := now();
    RETURN NEW;
END;
$$;

CREATE FUNCTION audit_document() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO document_audit (document_id, op) VALUES (OLD.id, TG_OP);
    RETURN NULL;
END;
$$;

CREATE TRIGGER documents_touch BEFORE UPDATE ON documents
    FOR EACH ROW EXECUTE PROCEDURE touch_updated_at();

CREATE TRIGGER documents_audit AFTER UPDATE ON documents
    FOR EACH ROW WHEN (OLD.version IS DISTINCT FROM NEW.version OR NEW.version IS NULL)
    EXECUTE FUNCTION audit_document();

CREATE TRIGGER documents_title_changed AFTER UPDATE OF title OR DELETE ON documents
    FOR EACH ROW EXECUTE FUNCTION audit_document();
CREATE TRIGGER documents_truncate AFTER TRUNCATE ON documents
    FOR EACH STATEMENT EXECUTE FUNCTION audit_document();
