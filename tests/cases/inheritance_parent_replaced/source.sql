-- A child leaves one parent and joins another: the old parent's columns go with their values
-- (held for the rollback), the new parent's arrive before INHERIT.
CREATE TABLE audited (created_at timestamptz DEFAULT '2001-01-01', created_by text);
CREATE TABLE named (label text, note text DEFAULT 'none');
CREATE TABLE items (id integer PRIMARY KEY, price numeric(10,2)) INHERITS (audited);
