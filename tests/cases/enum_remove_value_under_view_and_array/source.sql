-- Removing an enum value when a view reads the column and another column is an array of it.
CREATE TYPE color AS ENUM ('red', 'green', 'blue', 'magenta');

CREATE TABLE widgets (
    id integer PRIMARY KEY,
    main_color color NOT NULL,
    palette color[] NOT NULL DEFAULT '{}'
);

CREATE VIEW red_widgets AS
    SELECT id, palette FROM widgets WHERE main_color = 'red';
