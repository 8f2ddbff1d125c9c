-- An inheritance parent dropped while its child stays with the columns it had from it.
CREATE TABLE parent_t (
    id integer NOT NULL,
    a text
);
CREATE TABLE child_t (
    extra text
) INHERITS (parent_t);
