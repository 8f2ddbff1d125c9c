-- Changing the columns of a RETURNS TABLE function (a return type change).
CREATE TABLE users (
    id integer PRIMARY KEY,
    email text NOT NULL,
    active boolean NOT NULL DEFAULT true
);

CREATE FUNCTION active_users() RETURNS TABLE (id integer, email text, domain text)
    LANGUAGE sql STABLE AS $$ SELECT id, email, split_part(email, '@', 2) FROM users WHERE active $$;
