-- schemadelta rollback:  -> 
-- source fingerprint ef4cf01e4fa08dac, target fingerprint 94c4615edaf50bfd
-- state fingerprint 010480fc043334bf -> 8ac5e00904a99e07
-- Changes:
--      1 add column
-- Hazards:
--   blocking    add column public.readings.sensor: adds a NOT NULL column without a default: fails if the table has rows; comes back empty: the migration could not keep its values [MayFailOnExistingRows, NotHeld]

SET lock_timeout = '10s';
SET statement_timeout = '0';
SET check_function_bodies = false;
SET client_min_messages = warning;
SELECT pg_catalog.set_config('search_path', '', false);

BEGIN;

ALTER TABLE public.readings ADD COLUMN IF NOT EXISTS sensor text;
DO $empty$ BEGIN
  IF NOT EXISTS (SELECT FROM public.readings WHERE sensor IS NULL) THEN
    ALTER TABLE public.readings ALTER COLUMN sensor SET NOT NULL;
  ELSE
    RAISE WARNING '%', 'column public.readings.sensor came back empty (its values could not be kept): it stays nullable';
  END IF;
END $empty$;

COMMIT;
