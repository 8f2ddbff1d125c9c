-- Rules (DO INSTEAD on a view, DO INSTEAD NOTHING, DO ALSO) that call a function whose signature changes: dropped before it, created after; a rule removed and one added.
CREATE TABLE parent (id int PRIMARY KEY, v text);
CREATE TABLE log (id int, note text);
CREATE FUNCTION note_of(text) RETURNS text LANGUAGE sql AS 'SELECT upper($1)';
CREATE VIEW parent_v AS SELECT id, v FROM parent;
CREATE RULE protect_parent AS ON DELETE TO parent DO INSTEAD NOTHING;
CREATE RULE parent_v_ins AS ON INSERT TO parent_v DO INSTEAD (INSERT INTO parent VALUES (NEW.id, NEW.v); INSERT INTO log VALUES (NEW.id, note_of(NEW.v)));
