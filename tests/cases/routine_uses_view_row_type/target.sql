-- Functions whose signature uses a view's row type (RETURNS SETOF v, a parameter of type v) while the view changes: created after the view, dropped before it.
CREATE SCHEMA ref;
CREATE TABLE ref.hints (id int, txt text, extra int);
CREATE VIEW ref.v_hints AS SELECT id, txt, extra FROM ref.hints;
CREATE FUNCTION ref.all_hints() RETURNS SETOF ref.v_hints LANGUAGE sql AS 'SELECT * FROM ref.v_hints';
CREATE FUNCTION ref.first_hint(h ref.v_hints) RETURNS text LANGUAGE sql AS 'SELECT h.txt';
