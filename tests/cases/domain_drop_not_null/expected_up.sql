-- schemadelta migration:  -> 
-- source fingerprint de0ae3e0f2f970a6, target fingerprint 72a211f120cdaca4
-- state fingerprint 2e9033b2503faf8c -> 56c75e9566ee57a3
-- Changes:
--      1 alter domain
-- Hazards: none (every change is safe)

SET lock_timeout = '10s';
SET statement_timeout = '0';
SET check_function_bodies = false;
SET client_min_messages = warning;
SELECT pg_catalog.set_config('search_path', '', false);

BEGIN;

ALTER DOMAIN public.nonempty_text DROP NOT NULL;

COMMIT;
