CREATE TABLE audited (created_at timestamptz DEFAULT '2001-01-01', created_by text);
CREATE TABLE named (label text, note text DEFAULT 'none');
CREATE TABLE items (id integer PRIMARY KEY, price numeric(10,2)) INHERITS (named);
