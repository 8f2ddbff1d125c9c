-- A trigger switches to a new function and the old function is dropped.
CREATE TABLE articles (
    id integer PRIMARY KEY,
    title text NOT NULL,
    slug text
);

CREATE FUNCTION make_slug_v2() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.slug := replace(lower(NEW.title), ' ', '-');
    RETURN NEW;
END $$;

CREATE TRIGGER articles_slug BEFORE INSERT ON articles
    FOR EACH ROW EXECUTE FUNCTION make_slug_v2();
