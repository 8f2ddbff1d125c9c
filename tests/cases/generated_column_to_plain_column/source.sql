-- Turning a generated column into a plain column (DROP EXPRESSION keeps the column).
CREATE TABLE people (
    id integer PRIMARY KEY,
    email text NOT NULL,
    email_domain text GENERATED ALWAYS AS (split_part(email, '@', 2)) STORED
);
