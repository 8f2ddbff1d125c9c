-- A table renamed without --rename (dropped and created) owns a sequence the target keeps, owned by the new table: dropped early (its key's name is taken by the new table), the old table took the sequence along ("relation public.user does not exist" at OWNED BY); the sequence is let go first (semantic fuzzer seed 26000 pair 74, rename_table).
CREATE SEQUENCE "user" INCREMENT BY 3;
CREATE TABLE t_new (id integer NOT NULL, c bigint);
ALTER TABLE t_new ADD CONSTRAINT pk_t PRIMARY KEY (id);
ALTER SEQUENCE "user" OWNED BY t_new.c;
