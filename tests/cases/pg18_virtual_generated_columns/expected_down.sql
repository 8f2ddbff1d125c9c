-- schemadelta rollback:  -> 
-- source fingerprint 4835ab8036382409, target fingerprint e22186bed112afa9
-- state fingerprint 982170a3b2aeb084 -> 78346f2232cd735f
-- Changes:
--      2 drop column
-- Hazards:
--   destructive drop column public.invoices.vat_cents: drops the column and its values [DeletesData]
--   destructive drop column public.invoices.gross_cents: drops the column and its values [DeletesData]

SET lock_timeout = '10s';
SET statement_timeout = '0';
SET check_function_bodies = false;
SET client_min_messages = warning;
SELECT pg_catalog.set_config('search_path', '', false);

BEGIN;

ALTER TABLE public.invoices DROP COLUMN IF EXISTS vat_cents;
ALTER TABLE public.invoices DROP COLUMN IF EXISTS gross_cents;

COMMIT;
