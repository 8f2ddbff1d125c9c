-- An FK cycle added to two existing tables (neither table is created or dropped).
CREATE TABLE employees (
    id integer PRIMARY KEY,
    team_id integer
);

CREATE TABLE teams (
    id integer PRIMARY KEY,
    lead_id integer
);
