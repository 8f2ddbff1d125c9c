-- No-op: an enum written with its full value list.
CREATE TYPE stage AS ENUM ('draft', 'review', 'published', 'archived');

CREATE TABLE posts (
    id integer PRIMARY KEY,
    stage stage NOT NULL DEFAULT 'published'
);
