-- schemadelta rollback:  -> 
-- source fingerprint 0f28b9af1c455cfe, target fingerprint 23dd987ba8e58ef2
-- state fingerprint 6a14c503a507ae28 -> 400cc6958c89f0e2
-- Changes:
--      1 alter table
-- Hazards: none (every change is safe)

SET lock_timeout = '10s';
SET statement_timeout = '0';
SET check_function_bodies = false;
SET client_min_messages = warning;
SELECT pg_catalog.set_config('search_path', '', false);

BEGIN;

ALTER TABLE public.page_views SET LOGGED;

COMMIT;
