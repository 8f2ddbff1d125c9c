CREATE TABLE audited (created_at timestamptz DEFAULT now(), created_by text);
CREATE TABLE items (id integer PRIMARY KEY, price numeric(10,2));
CREATE TABLE kept_child (id integer PRIMARY KEY, created_by text);
