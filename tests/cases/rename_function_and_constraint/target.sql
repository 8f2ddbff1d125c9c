-- Declared renames of a function (with a trigger on it) and a CHECK constraint.
CREATE TABLE items (id integer PRIMARY KEY, qty integer CONSTRAINT items_qty_check CHECK (qty > 0), touched timestamptz);
CREATE FUNCTION set_touched() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN NEW.touched := now(); RETURN NEW; END $$;
CREATE TRIGGER items_touch BEFORE UPDATE ON items FOR EACH ROW EXECUTE FUNCTION set_touched();
