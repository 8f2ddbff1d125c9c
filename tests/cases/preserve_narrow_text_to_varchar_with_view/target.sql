-- Narrowing text to varchar(40) on a column a view reads; original values come back on rollback.
CREATE TABLE authors (
    id integer PRIMARY KEY,
    pen_name varchar(40) NOT NULL,
    bio text
);

CREATE VIEW author_names AS
    SELECT id, pen_name FROM authors;
