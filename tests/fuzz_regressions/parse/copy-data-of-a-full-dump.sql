CREATE TABLE t (id integer, note text);
COPY t (id, note) FROM stdin;
1	it's ( $$ /*
\.
CREATE TABLE u (id int);
