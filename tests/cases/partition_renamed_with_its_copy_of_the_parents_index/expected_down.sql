-- schemadelta rollback:  -> 
-- source fingerprint 9ea9b8e86077a740, target fingerprint 9ea9b8e86077a740
-- state fingerprint 8934f9d11f213a26 -> f8981537d22653c6
-- Changes:
--      2 rename
-- Hazards: none (every change is safe)

SET lock_timeout = '10s';
SET statement_timeout = '0';
SET check_function_bodies = false;
SET client_min_messages = warning;
SELECT pg_catalog.set_config('search_path', '', false);

BEGIN;

DO $guard$ BEGIN
  IF to_regclass('public.t_63') IS NOT NULL AND NOT to_regclass('public.part_43') IS NOT NULL THEN
    ALTER TABLE public.t_63 RENAME TO part_43;
  END IF;
END $guard$;
DO $guard$ BEGIN
  IF to_regclass('public.t_63_c_41_id_idx') IS NOT NULL AND NOT to_regclass('public.part_43_c_41_id_idx') IS NOT NULL THEN
    ALTER INDEX public.t_63_c_41_id_idx RENAME TO part_43_c_41_id_idx;
  END IF;
END $guard$;

COMMIT;
