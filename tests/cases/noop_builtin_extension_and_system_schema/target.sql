-- A dump from an older server creates plpgsql and names pg_catalog: nothing there to create or drop.
CREATE TABLE public.t (id integer, created timestamptz DEFAULT now());
CREATE FUNCTION public.touch() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN NEW.created := pg_catalog.now(); RETURN NEW; END $$;
