-- Adding an enum value AFTER an existing one in the middle of the list.
CREATE TYPE weekday AS ENUM ('mon', 'tue', 'thu', 'fri');

CREATE TABLE shifts (
    id integer PRIMARY KEY,
    day weekday NOT NULL
);
