-- schemadelta migration:  -> 
-- source fingerprint e14d84238b0a8af6, target fingerprint ce99c88284795f9f
-- state fingerprint ab2257d629c75be2 -> 6f2fbeac0a50f469
-- Changes:
--      1 rebuild type
-- Hazards:
--   destructive rebuild type public.money_amount: rebuilds the type: rows holding removed values or shapes cannot convert [MayFailOnExistingRows]

SET lock_timeout = '10s';
SET statement_timeout = '0';
SET check_function_bodies = false;
SET client_min_messages = warning;
SELECT pg_catalog.set_config('search_path', '', false);

BEGIN;

DO $guard$ BEGIN
  IF EXISTS (SELECT 1 FROM pg_catalog.pg_type t JOIN pg_catalog.pg_namespace n ON n.oid = t.typnamespace WHERE n.nspname = 'public' AND t.typname = 'money_amount') AND NOT ((SELECT array_agg(a.attname || ' ' || pg_catalog.format_type(a.atttypid, a.atttypmod) ORDER BY a.attnum) FROM pg_catalog.pg_attribute a JOIN pg_catalog.pg_type t ON t.typrelid = a.attrelid WHERE t.oid = to_regtype('public.money_amount') AND NOT a.attisdropped) = ARRAY['value numeric(14,2)', 'currency character(3)', 'fx_rate numeric(12,6)']::text[]) AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_type t JOIN pg_catalog.pg_namespace n ON n.oid = t.typnamespace WHERE n.nspname = 'public' AND t.typname = 'money_amount_schemadelta_old') THEN
    ALTER TYPE public.money_amount RENAME TO money_amount_schemadelta_old;
  END IF;
END $guard$;
DO $guard$ BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_type t JOIN pg_catalog.pg_namespace n ON n.oid = t.typnamespace WHERE n.nspname = 'public' AND t.typname = 'money_amount') THEN
    CREATE TYPE public.money_amount AS (value numeric(14,2), currency character(3), fx_rate numeric(12,6));
  END IF;
END $guard$;
DO $guard$ BEGIN
  IF (SELECT atttypid FROM pg_catalog.pg_attribute WHERE attrelid = to_regclass('public.payments') AND attname = 'amount') IN (to_regtype('public.money_amount_schemadelta_old'), to_regtype('public.money_amount_schemadelta_old[]')) THEN
    ALTER TABLE public.payments ALTER COLUMN amount DROP DEFAULT;
    ALTER TABLE public.payments ALTER COLUMN amount TYPE public.money_amount USING CASE WHEN amount IS NOT DISTINCT FROM NULL THEN NULL ELSE ROW((amount).value::numeric(14,2), (amount).currency::character(3), NULL::numeric(12,6))::public.money_amount END;
  END IF;
END $guard$;
DO $restore$ BEGIN IF to_regclass('schemadelta_archive."public.payments.amount:money_amount@e84bbb6e"') IS NOT NULL THEN PERFORM schemadelta_archive.write_back(to_regclass('public.payments'), ARRAY[format('UPDATE public.payments AS restored SET amount = CAST(held.amount AS public.money_amount) FROM schemadelta_archive."public.payments.amount:money_amount@e84bbb6e" AS held WHERE %s AND restored.amount::text IS NOT DISTINCT FROM (CASE WHEN CAST(held.amount AS public.money_amount) IS NOT DISTINCT FROM NULL THEN NULL ELSE ROW((CAST(held.amount AS public.money_amount)).value, (CAST(held.amount AS public.money_amount)).currency, NULL::numeric(12,6))::public.money_amount END)::text', schemadelta_archive.key_match(ARRAY['id']::text[], ARRAY['id']::text[]))]); PERFORM schemadelta_archive.forget('public.payments.amount:money_amount@e84bbb6e'); END IF; END $restore$;
DROP TYPE IF EXISTS public.money_amount_schemadelta_old;
DO $restore$ DECLARE record_found record; BEGIN
  IF to_regclass('schemadelta_archive.holdings') IS NOT NULL THEN
    FOR record_found IN SELECT * FROM schemadelta_archive.holdings WHERE kind = 'sequence' AND migration = 'e84bbb6e' LOOP
      IF to_regclass(format('%I.%I', record_found.object_schema, record_found.object_name)) IS NOT NULL THEN
        PERFORM pg_catalog.setval(format('%I.%I', record_found.object_schema, record_found.object_name)::regclass, record_found.sequence_last_value, record_found.sequence_is_called);
        DELETE FROM schemadelta_archive.holdings WHERE holding = record_found.holding;
      END IF;
    END LOOP;
  END IF;
END $restore$;

COMMIT;
