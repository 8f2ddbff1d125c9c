-- No-op: the same objects created in another order (comment first where possible, FK added last).
CREATE TYPE kind AS ENUM ('a', 'b');
CREATE TABLE children (id integer PRIMARY KEY, parent_id integer);
CREATE TABLE parents (id integer PRIMARY KEY, k kind);
COMMENT ON TABLE parents IS 'Parents';
CREATE VIEW child_kinds AS SELECT c.id, p.k FROM children c JOIN parents p ON p.id = c.parent_id;
ALTER TABLE children ADD FOREIGN KEY (parent_id) REFERENCES parents (id);
