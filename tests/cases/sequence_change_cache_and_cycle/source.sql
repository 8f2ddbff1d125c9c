-- Changing a sequence's CACHE and turning CYCLE on; a descending sequence too.
CREATE SEQUENCE ring_seq MAXVALUE 9;
CREATE SEQUENCE countdown_seq INCREMENT BY -1;
