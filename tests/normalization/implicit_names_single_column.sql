-- Rule: implicit constraint names for single-column constraints:
-- <table>_pkey, <table>_<col>_key, <table>_<col>_fkey, <table>_<col>_check.
CREATE TABLE teams (
    id    integer PRIMARY KEY,
    code  text UNIQUE NOT NULL
);

CREATE TABLE players (
    id       integer,
    team_id  integer REFERENCES teams (id),
    nickname text,
    jersey   integer CHECK (jersey > 0),
    PRIMARY KEY (id),
    UNIQUE (nickname),
    CHECK (jersey < 100)
);
