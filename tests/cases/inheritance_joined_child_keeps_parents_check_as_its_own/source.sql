-- A table joins a parent whose column changes type under a CHECK: the migration gives the child the parent's CHECK first (INHERIT needs it), so the child holds it as its own too; the rollback drops the parent's and must drop the child's copy before the parent's ALTER TYPE reaches the child's column.
CREATE TABLE p (
    c smallint DEFAULT 0,
    CONSTRAINT p_c_check CHECK (c > -1000000)
);
CREATE TABLE t (
    id integer
);
