-- Adding several enum values at once: at the start, in two middle gaps and at the end.
CREATE TYPE size AS ENUM ('xs', 's', 'm', 'ml', 'l', 'xl', 'xxl');

CREATE TABLE shirts (
    id integer PRIMARY KEY,
    size size NOT NULL DEFAULT 's'
);
