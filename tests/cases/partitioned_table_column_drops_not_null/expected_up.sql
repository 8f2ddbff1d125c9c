-- schemadelta migration:  -> 
-- source fingerprint b4ad651fd5d5dc55, target fingerprint 928c905a5fb2e4ac
-- state fingerprint 401c20c7a6b42728 -> 3acf8818e4432c11
-- Changes:
--      2 drop not null
-- Hazards: none (every change is safe)

SET lock_timeout = '10s';
SET statement_timeout = '0';
SET check_function_bodies = false;
SET client_min_messages = warning;
SELECT pg_catalog.set_config('search_path', '', false);

BEGIN;

ALTER TABLE public.other_a ALTER COLUMN c DROP NOT NULL;
ALTER TABLE public.pt ALTER COLUMN c DROP NOT NULL;

COMMIT;
