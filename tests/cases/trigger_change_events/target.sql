-- Changing a trigger's events (UPDATE -> INSERT OR UPDATE OF columns) and timing.
CREATE TABLE articles (
    id integer PRIMARY KEY,
    title text NOT NULL,
    body text,
    updated_at timestamptz
);

CREATE FUNCTION set_updated_at() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.updated_at := now();
    RETURN NEW;
END $$;

CREATE TRIGGER articles_touch BEFORE INSERT OR UPDATE OF title, body ON articles
    FOR EACH ROW EXECUTE FUNCTION set_updated_at();
