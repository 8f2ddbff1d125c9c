-- Changing FK actions: CASCADE -> SET NULL on delete, and ON UPDATE CASCADE added.
CREATE TABLE teams (
    id integer PRIMARY KEY
);

CREATE TABLE players (
    id integer PRIMARY KEY,
    team_id integer REFERENCES teams (id) ON DELETE CASCADE
);
