-- A table becomes a view of the same name over a new table, while another view reads it: the reading view goes first and comes back.
CREATE SCHEMA x;
CREATE TABLE x.t_data (id int PRIMARY KEY, v text);
CREATE VIEW x.data AS SELECT id, v FROM x.t_data;
CREATE VIEW x.q AS SELECT id, v FROM x.data;
