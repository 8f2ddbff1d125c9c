-- A table joins a parent whose column changes type under a CHECK: the migration gives the child the parent's CHECK first (INHERIT needs it), so the child holds it as its own too; the rollback drops the parent's and must drop the child's copy before the parent's ALTER TYPE reaches the child's column.
CREATE TABLE p (
    c text DEFAULT 'none',
    CONSTRAINT p_c_check2 CHECK (length(c) < 500)
);
CREATE TABLE t (
    id integer
) INHERITS (p);
