-- Dropping a column of an inheritance parent (the child loses it too); the values of both tables' rows come back by key.
CREATE TABLE media (
    id integer PRIMARY KEY,
    title text NOT NULL,
    legacy_path text
);

CREATE TABLE videos (
    duration_seconds integer NOT NULL,
    PRIMARY KEY (id),
    CHECK (legacy_path LIKE '/videos/%')
) INHERITS (media);
