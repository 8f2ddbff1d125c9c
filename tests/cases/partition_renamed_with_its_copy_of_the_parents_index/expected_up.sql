-- schemadelta migration:  -> 
-- source fingerprint b9b20b1e5205311d, target fingerprint b9b20b1e5205311d
-- state fingerprint f8981537d22653c6 -> 8934f9d11f213a26
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
  IF to_regclass('public.part_43') IS NOT NULL AND NOT to_regclass('public.t_63') IS NOT NULL THEN
    ALTER TABLE public.part_43 RENAME TO t_63;
  END IF;
END $guard$;
DO $guard$ BEGIN
  IF to_regclass('public.part_43_c_41_id_idx') IS NOT NULL AND NOT to_regclass('public.t_63_c_41_id_idx') IS NOT NULL THEN
    ALTER INDEX public.part_43_c_41_id_idx RENAME TO t_63_c_41_id_idx;
  END IF;
END $guard$;

COMMIT;
