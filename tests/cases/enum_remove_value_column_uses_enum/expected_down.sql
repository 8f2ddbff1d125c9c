-- schemadelta rollback:  -> 
-- source fingerprint dfe72327280b397b, target fingerprint 8be3f33f3305f67f
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
