-- schemadelta migration:  -> 
-- source fingerprint 17c64c9ec4c64a90, target fingerprint 581b30026e64d851
-- state fingerprint 20790082a07e0afd -> 83c276388760172c
-- Changes:
--      3 set comment
-- Hazards: none (every change is safe)

SET lock_timeout = '10s';
SET statement_timeout = '0';
SET check_function_bodies = false;
SET client_min_messages = warning;
SELECT pg_catalog.set_config('search_path', '', false);

BEGIN;

COMMENT ON FUNCTION public.add_tax(numeric) IS 'Adds the default 20% VAT';
COMMENT ON FUNCTION public.add_tax(numeric, numeric) IS 'Adds VAT at the given rate';
COMMENT ON PROCEDURE public.purge_nothing() IS 'Placeholder for the purge job';

COMMIT;
