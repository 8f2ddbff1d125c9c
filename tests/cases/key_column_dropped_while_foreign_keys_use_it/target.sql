-- A primary key column is dropped while another table's foreign key uses it; the key moves to another column.
CREATE TABLE parent (code text PRIMARY KEY);
CREATE TABLE child (id int PRIMARY KEY, parent_id int);
