-- Creating an INSTEAD OF trigger on a view; the view body changes too.
CREATE TABLE people (
    id integer PRIMARY KEY,
    name text NOT NULL,
    archived boolean NOT NULL DEFAULT false
);

CREATE VIEW active_people AS SELECT id, name FROM people WHERE NOT archived;

CREATE FUNCTION archive_person() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE people SET archived = true WHERE id = OLD.id;
    RETURN OLD;
END $$;

CREATE TRIGGER active_people_delete INSTEAD OF DELETE ON active_people
    FOR EACH ROW EXECUTE FUNCTION archive_person();
