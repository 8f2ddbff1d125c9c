-- Narrowing varchar(200) to varchar(50) (values fit) on a table whose BEFORE UPDATE trigger bumps a revision; restoring must not fire it.
CREATE FUNCTION contacts_bump_revision() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    NEW.revision := OLD.revision + 1;
    RETURN NEW;
END
$$;

CREATE TABLE contacts (
    id integer PRIMARY KEY,
    display_name varchar(200) NOT NULL,
    company varchar(200),
    revision integer NOT NULL DEFAULT 1
);

CREATE TRIGGER contacts_bump_revision BEFORE UPDATE ON contacts
    FOR EACH ROW EXECUTE FUNCTION contacts_bump_revision();
