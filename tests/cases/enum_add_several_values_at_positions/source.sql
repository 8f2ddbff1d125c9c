-- Adding several enum values at once: at the start, in two middle gaps and at the end.
CREATE TYPE size AS ENUM ('s', 'l');

CREATE TABLE shirts (
    id integer PRIMARY KEY,
    size size NOT NULL DEFAULT 's'
);
