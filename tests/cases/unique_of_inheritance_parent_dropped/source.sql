-- A UNIQUE constraint and unique index of an inheritance parent dropped: the rollback's duplicate pre-flight counts the parent's own rows (ONLY), not its children's.
CREATE TABLE parent_t (id int, u int, CONSTRAINT parent_t_u_key UNIQUE (u));
CREATE TABLE child_t (extra text) INHERITS (parent_t);
CREATE UNIQUE INDEX parent_t_id_idx ON parent_t (id);
