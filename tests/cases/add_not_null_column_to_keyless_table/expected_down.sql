-- schemadelta rollback:  -> 
-- source fingerprint 241675518fdd1ca3, target fingerprint b70984168cf2f546
-- state fingerprint 04bc422e9ca9c916 -> 6d36f352743b4eeb
-- Changes:
--      1 drop column
-- Hazards:
--   destructive drop column public.events.source: drops the column and its values; not kept (no key to match rows by): the rollback adds it back empty [DeletesData, NotHeld]

SET lock_timeout = '10s';
SET statement_timeout = '0';
SET check_function_bodies = false;
SET client_min_messages = warning;
SELECT pg_catalog.set_config('search_path', '', false);

BEGIN;

ALTER TABLE public.events DROP COLUMN IF EXISTS source;

COMMIT;
