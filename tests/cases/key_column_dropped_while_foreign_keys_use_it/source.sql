-- A primary key column is dropped while another table's foreign key uses it; the key moves to another column.
CREATE TABLE parent (id int PRIMARY KEY, code text NOT NULL UNIQUE);
CREATE TABLE child (id int PRIMARY KEY, parent_id int REFERENCES parent);
CREATE INDEX parent_id_code ON parent (id, code);
CREATE VIEW parent_ids AS SELECT id FROM parent;
