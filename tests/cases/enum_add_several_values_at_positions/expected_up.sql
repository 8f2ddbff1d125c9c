-- schemadelta migration:  -> 
-- source fingerprint 1cfdebb3711e8b34, target fingerprint 0b1643b2bcdc6bc2
-- state fingerprint ac08618f9fd070c0 -> 2742dc6fd61f39a8
-- Changes:
--      5 add enum value
-- Hazards: none (every change is safe)

SET lock_timeout = '10s';
SET statement_timeout = '0';
SET check_function_bodies = false;
SET client_min_messages = warning;
SELECT pg_catalog.set_config('search_path', '', false);

BEGIN;

ALTER TYPE public.size ADD VALUE IF NOT EXISTS 'xs' BEFORE 's';
ALTER TYPE public.size ADD VALUE IF NOT EXISTS 'm' BEFORE 'l';
ALTER TYPE public.size ADD VALUE IF NOT EXISTS 'ml' BEFORE 'l';
ALTER TYPE public.size ADD VALUE IF NOT EXISTS 'xl' AFTER 'l';
ALTER TYPE public.size ADD VALUE IF NOT EXISTS 'xxl' AFTER 'xl';

COMMIT;
