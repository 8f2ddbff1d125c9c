-- A child leaves its parent: the columns it inherited go (NO INHERIT alone would keep them as
-- its own); a column it also declares itself stays.
CREATE TABLE audited (created_at timestamptz DEFAULT now(), created_by text);
CREATE TABLE items (id integer PRIMARY KEY, price numeric(10,2)) INHERITS (audited);
CREATE TABLE kept_child (id integer PRIMARY KEY, created_by text) INHERITS (audited);
