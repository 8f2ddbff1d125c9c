-- The key gets a fill factor (dropped and made again, and the foreign key with it) while the referencing table becomes partitioned
CREATE TABLE public.accounts (id integer NOT NULL, CONSTRAINT accounts_pkey PRIMARY KEY (id) WITH (fillfactor = 70));
CREATE TABLE public.entries (id integer NOT NULL, account_id integer, CONSTRAINT entries_account_fk FOREIGN KEY (account_id) REFERENCES public.accounts (id)) PARTITION BY RANGE (id);
CREATE TABLE public.entries_first PARTITION OF public.entries FOR VALUES FROM (0) TO (100000);
