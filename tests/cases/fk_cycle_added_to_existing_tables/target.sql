-- An FK cycle added to two existing tables (neither table is created or dropped).
CREATE TABLE employees (
    id integer PRIMARY KEY,
    team_id integer
);

CREATE TABLE teams (
    id integer PRIMARY KEY,
    lead_id integer
);

ALTER TABLE employees ADD CONSTRAINT employees_team_fkey
    FOREIGN KEY (team_id) REFERENCES teams (id) ON DELETE SET NULL;
ALTER TABLE teams ADD CONSTRAINT teams_lead_fkey
    FOREIGN KEY (lead_id) REFERENCES employees (id) ON DELETE SET NULL;
