-- Changing an index's column ordering to DESC NULLS LAST (and ASC NULLS FIRST on another).
CREATE TABLE posts (
    id integer PRIMARY KEY,
    published_at timestamptz,
    score integer
);

CREATE INDEX posts_published_at_idx ON posts (published_at);
