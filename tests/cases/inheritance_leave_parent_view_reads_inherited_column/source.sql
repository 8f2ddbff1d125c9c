-- A child leaves its parent and a view of it stops reading an inherited column: the rollback joins the parent again (adding the column) before it creates the view that reads it.
CREATE TABLE devices (
    id integer NOT NULL,
    level smallint NOT NULL
);

CREATE TABLE lamps (
    installed date
) INHERITS (devices);

CREATE VIEW lamp_levels AS
 SELECT level, installed FROM lamps;
