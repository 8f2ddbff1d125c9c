-- schemadelta rollback:  -> 
-- source fingerprint 649e211b9a0be7d8, target fingerprint f4460fe628e57dd1
-- state fingerprint 055c9464bf6fcecc -> fa57f748cbe992cc
-- Changes:
--      1 add enum value
-- Hazards: none (every change is safe)

SET lock_timeout = '10s';
SET statement_timeout = '0';
SET check_function_bodies = false;
SET client_min_messages = warning;
SELECT pg_catalog.set_config('search_path', '', false);

BEGIN;

ALTER TYPE public.order_status ADD VALUE IF NOT EXISTS 'pending' BEFORE 'paid';

COMMIT;
