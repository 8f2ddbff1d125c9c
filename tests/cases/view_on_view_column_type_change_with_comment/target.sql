-- A column type change under two stacked views that carry comments and a PUBLIC grant.
CREATE TABLE people (
    id integer PRIMARY KEY,
    nickname varchar(60)
);

CREATE VIEW people_v AS SELECT id, nickname FROM people;
CREATE VIEW people_upper AS SELECT id, upper(nickname) AS shout FROM people_v;

COMMENT ON VIEW people_v IS 'All people';
COMMENT ON COLUMN people_upper.shout IS 'Upper-cased nickname';
GRANT SELECT ON people_upper TO PUBLIC;
