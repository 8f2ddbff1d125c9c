-- A trigger whose function body is replaced (CREATE OR REPLACE; the trigger itself is unchanged).
CREATE TABLE articles (
    id integer PRIMARY KEY,
    title text NOT NULL,
    slug text
);

CREATE FUNCTION make_slug() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.slug := regexp_replace(lower(NEW.title), '[^a-z0-9]+', '-', 'g');
    RETURN NEW;
END $$;

CREATE TRIGGER articles_slug BEFORE INSERT ON articles
    FOR EACH ROW EXECUTE FUNCTION make_slug();
