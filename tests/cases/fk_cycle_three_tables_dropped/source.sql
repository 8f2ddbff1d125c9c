-- Dropping three tables that form an FK cycle.
CREATE TABLE a_nodes (id integer PRIMARY KEY, c_id integer);
CREATE TABLE b_nodes (id integer PRIMARY KEY, a_id integer REFERENCES a_nodes (id));
CREATE TABLE c_nodes (id integer PRIMARY KEY, b_id integer REFERENCES b_nodes (id));
ALTER TABLE a_nodes ADD FOREIGN KEY (c_id) REFERENCES c_nodes (id);

CREATE TABLE keep_me (
    id integer PRIMARY KEY
);
