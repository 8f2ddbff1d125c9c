-- The primary key moves to another column and the foreign keys of other tables follow it; the sequence the old key column owned goes with it.
CREATE TABLE parent (code text PRIMARY KEY);
CREATE TABLE child (id int PRIMARY KEY, parent_id int, parent_code text REFERENCES parent);
CREATE TABLE other (id int PRIMARY KEY, p text CONSTRAINT other_p_fkey REFERENCES parent (code));
