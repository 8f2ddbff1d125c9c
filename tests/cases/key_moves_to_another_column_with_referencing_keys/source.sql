-- The primary key moves to another column and the foreign keys of other tables follow it; the sequence the old key column owned goes with it.
CREATE TABLE parent (id int PRIMARY KEY, code text NOT NULL UNIQUE);
CREATE TABLE child (id int PRIMARY KEY, parent_id int REFERENCES parent, parent_code text);
CREATE TABLE other (id int PRIMARY KEY, p int CONSTRAINT other_p_fkey REFERENCES parent (id));
CREATE SEQUENCE parent_seq OWNED BY parent.id;
ALTER TABLE parent ALTER COLUMN id SET DEFAULT nextval('parent_seq');
