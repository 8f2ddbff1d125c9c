-- Functions whose signature uses a view's row type (RETURNS SETOF v, a parameter of type v) while the view changes: created after the view, dropped before it.
CREATE SCHEMA ref;
CREATE TABLE ref.hints (id int, txt text);
CREATE VIEW ref.v_hints AS SELECT id, txt FROM ref.hints;
