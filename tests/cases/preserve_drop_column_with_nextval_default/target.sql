-- A dropped column whose default is nextval(seq): the rollback restores its values without moving seq on.
CREATE SEQUENCE ticket_seq;
CREATE TABLE t (id int PRIMARY KEY);
