-- A dump from an older server creates plpgsql and names pg_catalog: nothing there to create or drop.
CREATE EXTENSION IF NOT EXISTS plpgsql WITH SCHEMA pg_catalog;
COMMENT ON EXTENSION plpgsql IS 'PL/pgSQL procedural language';
CREATE TABLE public.t (id integer, created pg_catalog.timestamptz DEFAULT pg_catalog.now());
CREATE FUNCTION public.touch() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN NEW.created := pg_catalog.now(); RETURN NEW; END $$;
