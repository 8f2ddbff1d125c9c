-- Creating citext and changing an existing text column to citext.
CREATE TABLE tags (
    id serial PRIMARY KEY,
    label text NOT NULL
);

CREATE UNIQUE INDEX tags_label_key ON tags (label);
