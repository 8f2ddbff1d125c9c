-- Changing a sequence's CACHE and turning CYCLE on; a descending sequence too.
CREATE SEQUENCE ring_seq MAXVALUE 9 CACHE 5 CYCLE;
CREATE SEQUENCE countdown_seq INCREMENT BY -2 MINVALUE -1000;
