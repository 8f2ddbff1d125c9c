-- schemadelta rollback:  -> 
-- source fingerprint cad9489e5a8e80d5, target fingerprint 0221e68f1b4e7ed7
-- state fingerprint 8840f768d876f10f -> 1f7e9d9f15145578
-- Changes:
--      1 add column
--      1 drop column
--      2 rebuild type
-- Hazards:
--   destructive rebuild type s_3.e"q5: rebuilds the type: rows holding removed values or shapes cannot convert [MayFailOnExistingRows]
--   safe        add column public.t_13.c'21: comes back empty: the migration could not keep its values [NotHeld]
--   destructive drop column public.t_13.c'52: drops the column and its values; not kept (no key to match rows by): the rollback adds it back empty [DeletesData, NotHeld]

SET lock_timeout = '10s';
SET statement_timeout = '0';
SET check_function_bodies = false;
SET client_min_messages = warning;
SELECT pg_catalog.set_config('search_path', '', false);

BEGIN;

DO $guard$ BEGIN
  IF EXISTS (SELECT 1 FROM pg_catalog.pg_type t JOIN pg_catalog.pg_namespace n ON n.oid = t.typnamespace WHERE n.nspname = 's_3' AND t.typname = 'e"q5') AND NOT ((SELECT array_agg(enumlabel::text ORDER BY enumsortorder) FROM pg_catalog.pg_enum WHERE enumtypid = to_regtype('s_3."e""q5"')) = ARRAY['v0-x', 'v1é', 'v2-x', 'v3 UPPER']::text[]) AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_type t JOIN pg_catalog.pg_namespace n ON n.oid = t.typnamespace WHERE n.nspname = 's_3' AND t.typname = 'e"q5_schemadelta_old') THEN
    ALTER TYPE s_3."e""q5" RENAME TO "e""q5_schemadelta_old";
  END IF;
END $guard$;
DO $guard$ BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_type t JOIN pg_catalog.pg_namespace n ON n.oid = t.typnamespace WHERE n.nspname = 's_3' AND t.typname = 'e"q5') THEN
    CREATE TYPE s_3."e""q5" AS ENUM ('v0-x', 'v1é', 'v2-x', 'v3 UPPER');
  END IF;
END $guard$;
SELECT pg_catalog.set_config('search_path', 'public', false);
DO $guard$ BEGIN
  IF (SELECT atttypid FROM pg_catalog.pg_attribute WHERE attrelid = to_regclass('public.t_13') AND attname = 'c''21') IN (to_regtype('s_3."e""q5_schemadelta_old"'), to_regtype('s_3."e""q5_schemadelta_old"[]')) THEN
    ALTER TABLE public.t_13 ALTER COLUMN "c'21" DROP DEFAULT;
    ALTER TABLE public.t_13 ALTER COLUMN "c'21" TYPE s_3."e""q5" USING "c'21"::text::s_3."e""q5";
    ALTER TABLE public.t_13 ALTER COLUMN "c'21" SET DEFAULT 'v0-x';
  END IF;
END $guard$;
ALTER TABLE public.t_13 ADD COLUMN IF NOT EXISTS "c'21" s_3."e""q5";
ALTER TABLE public.t_13 ALTER COLUMN "c'21" SET DEFAULT 'v0-x';
ALTER TABLE public.t_13 DROP COLUMN IF EXISTS "c'52";
DROP TYPE IF EXISTS s_3."e""q5_schemadelta_old";

COMMIT;
