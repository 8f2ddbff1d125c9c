-- No-op: objects created in dependency order.
CREATE TYPE kind AS ENUM ('a', 'b');
CREATE TABLE parents (id integer PRIMARY KEY, k kind);
CREATE TABLE children (id integer PRIMARY KEY, parent_id integer REFERENCES parents (id));
CREATE VIEW child_kinds AS SELECT c.id, p.k FROM children c JOIN parents p ON p.id = c.parent_id;
COMMENT ON TABLE parents IS 'Parents';
