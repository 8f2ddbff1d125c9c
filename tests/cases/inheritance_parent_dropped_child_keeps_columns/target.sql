-- An inheritance parent dropped while its child stays with the columns it had from it.
CREATE TABLE child_t (
    id integer NOT NULL,
    a text,
    extra text
);
