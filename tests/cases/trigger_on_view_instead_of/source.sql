-- Creating an INSTEAD OF trigger on a view; the view body changes too.
CREATE TABLE people (
    id integer PRIMARY KEY,
    name text NOT NULL,
    archived boolean NOT NULL DEFAULT false
);

CREATE VIEW active_people AS SELECT id, name FROM people;
