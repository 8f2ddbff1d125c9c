-- schemadelta rollback:  -> 
-- source fingerprint 02c1bdbb874fad88, target fingerprint c54522992553dcc6
-- state fingerprint 29dd88da9b00ff4c -> 98dbf2676862604e
-- Changes:
--      1 add column
-- Hazards:
--   blocking    add column public.measurements.reading: adds a NOT NULL column without a default: fails if the table has rows; comes back empty: the migration could not keep its values [MayFailOnExistingRows, NotHeld]

SET lock_timeout = '10s';
SET statement_timeout = '0';
SET check_function_bodies = false;
SET client_min_messages = warning;
SELECT pg_catalog.set_config('search_path', '', false);

BEGIN;

ALTER TABLE public.measurements ADD COLUMN IF NOT EXISTS reading smallint;
DO $empty$ BEGIN
  IF NOT EXISTS (SELECT FROM public.measurements WHERE reading IS NULL) THEN
    ALTER TABLE public.measurements ALTER COLUMN reading SET NOT NULL;
  ELSE
    RAISE WARNING '%', 'column public.measurements.reading came back empty (its values could not be kept): it stays nullable';
  END IF;
END $empty$;

COMMIT;
