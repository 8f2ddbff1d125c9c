-- A key that a foreign key references, and the referencing table, plain
CREATE TABLE public.accounts (id integer NOT NULL, CONSTRAINT accounts_pkey PRIMARY KEY (id));
CREATE TABLE public.entries (id integer NOT NULL, account_id integer, CONSTRAINT entries_account_fk FOREIGN KEY (account_id) REFERENCES public.accounts (id));
