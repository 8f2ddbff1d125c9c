-- Rules (DO INSTEAD on a view, DO INSTEAD NOTHING, DO ALSO) that call a function whose signature changes: dropped before it, created after; a rule removed and one added.
CREATE TABLE parent (id int PRIMARY KEY, v text);
CREATE TABLE log (id int, note text);
CREATE FUNCTION note_of(text, int) RETURNS text LANGUAGE sql AS 'SELECT upper($1) || $2';
CREATE VIEW parent_v AS SELECT id, v FROM parent;
CREATE RULE parent_v_ins AS ON INSERT TO parent_v WHERE NEW.id > 0 DO INSTEAD (INSERT INTO parent VALUES (NEW.id, NEW.v); INSERT INTO log VALUES (NEW.id, note_of(NEW.v, 1)));
CREATE RULE parent_upd AS ON UPDATE TO parent DO ALSO INSERT INTO log VALUES (OLD.id, 'updated');
