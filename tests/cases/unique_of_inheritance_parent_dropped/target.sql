-- A UNIQUE constraint and unique index of an inheritance parent dropped: the rollback's duplicate pre-flight counts the parent's own rows (ONLY), not its children's.
CREATE TABLE parent_t (id int, u int);
CREATE TABLE child_t (extra text) INHERITS (parent_t);
