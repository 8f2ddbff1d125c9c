-- schemadelta rollback:  -> 
-- source fingerprint 928c905a5fb2e4ac, target fingerprint b4ad651fd5d5dc55
-- state fingerprint 3acf8818e4432c11 -> 401c20c7a6b42728
-- Changes:
--      3 set not null
-- Hazards:
--   blocking    set not null column public.other_a.c: scans the table for NULLs [MayFailOnExistingRows, BlocksWrites]
--   blocking    set not null column public.p.c: scans the table for NULLs [MayFailOnExistingRows, BlocksWrites]
--   blocking    set not null column public.pt.c: scans the table for NULLs [MayFailOnExistingRows, BlocksWrites]

SET lock_timeout = '10s';
SET statement_timeout = '0';
SET check_function_bodies = false;
SET client_min_messages = warning;
SELECT pg_catalog.set_config('search_path', '', false);

BEGIN;

DO $preflight$ DECLARE bad bigint; BEGIN
  SELECT count(*) INTO bad FROM (SELECT 1 FROM public.other_a WHERE c IS NULL) AS rows_found;
  IF bad > 0 THEN
    RAISE EXCEPTION 'schemadelta pre-flight: % %', bad, 'rows of public.other_a have NULL in c: SET NOT NULL would fail';
  END IF;
END $preflight$;
ALTER TABLE public.other_a ALTER COLUMN c SET NOT NULL;
DO $preflight$ DECLARE bad bigint; BEGIN
  SELECT count(*) INTO bad FROM (SELECT 1 FROM public.p WHERE c IS NULL) AS rows_found;
  IF bad > 0 THEN
    RAISE EXCEPTION 'schemadelta pre-flight: % %', bad, 'rows of public.p have NULL in c: SET NOT NULL would fail';
  END IF;
END $preflight$;
ALTER TABLE public.p ALTER COLUMN c SET NOT NULL;
DO $preflight$ DECLARE bad bigint; BEGIN
  SELECT count(*) INTO bad FROM (SELECT 1 FROM public.pt WHERE c IS NULL) AS rows_found;
  IF bad > 0 THEN
    RAISE EXCEPTION 'schemadelta pre-flight: % %', bad, 'rows of public.pt have NULL in c: SET NOT NULL would fail';
  END IF;
END $preflight$;
ALTER TABLE public.pt ALTER COLUMN c SET NOT NULL;

COMMIT;
