-- schemadelta migration:  -> 
-- source fingerprint 40a1c3161791e7c2, target fingerprint 724b7920501e567b
-- state fingerprint c33addb527cd0236 -> f12d17c48e454a4b
-- Changes:
--      1 alter composite type
-- Hazards: none (every change is safe)

SET lock_timeout = '10s';
SET statement_timeout = '0';
SET check_function_bodies = false;
SET client_min_messages = warning;
SELECT pg_catalog.set_config('search_path', '', false);

BEGIN;

ALTER TYPE public.geo_point DROP ATTRIBUTE IF EXISTS alt;

COMMIT;
