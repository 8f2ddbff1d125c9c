-- schemadelta rollback:  -> 
-- source fingerprint 4f9d96f1d13212d4, target fingerprint 4565229aefa31af9
-- state fingerprint 9abbd72aaa374408 -> c3c7ab345a85cdcc
-- Changes:
--      1 alter table
-- Hazards:
--   blocking    alter table public.warehouse_stock: joins a parent table: its NOT NULL column id is added without a default: fails if the table has rows [MayFailOnExistingRows]

SET lock_timeout = '10s';
SET statement_timeout = '0';
SET check_function_bodies = false;
SET client_min_messages = warning;
SELECT pg_catalog.set_config('search_path', '', false);

BEGIN;

DO $restore$ BEGIN IF to_regclass('schemadelta_archive."public.warehouse_stock.id@e545e2de"') IS NOT NULL THEN PERFORM schemadelta_archive.restore_column('public.warehouse_stock.id@e545e2de', 'public', 'warehouse_stock', 'id', 'id', 'id integer', 'integer', ARRAY['sku']::text[], ARRAY['sku']::text[], true, NULL); END IF; END $restore$;
DO $preflight$ BEGIN
  IF NOT (to_regclass('schemadelta_archive."public.warehouse_stock.id@e545e2de"') IS NOT NULL) AND NOT EXISTS (SELECT FROM pg_catalog.pg_attribute WHERE attrelid = to_regclass('public.warehouse_stock') AND attname = 'id' AND attnum > 0 AND NOT attisdropped) AND EXISTS (SELECT FROM public.warehouse_stock) THEN
    RAISE EXCEPTION '%', 'schemadelta pre-flight: public.warehouse_stock has rows, and its new column id cannot be NULL and has no default: give it a default, or add it nullable and fill it first';
  END IF;
END $preflight$;
ALTER TABLE public.warehouse_stock ADD COLUMN IF NOT EXISTS id integer NOT NULL;
DO $restore$ BEGIN IF to_regclass('schemadelta_archive."public.warehouse_stock.amount@e545e2de"') IS NOT NULL THEN PERFORM schemadelta_archive.restore_column('public.warehouse_stock.amount@e545e2de', 'public', 'warehouse_stock', 'amount', 'amount', 'amount integer', 'public.positive_count', ARRAY['sku']::text[], ARRAY['sku']::text[], false, NULL); ALTER TABLE public.warehouse_stock ALTER COLUMN amount TYPE public.positive_count USING amount::public.positive_count; END IF; END $restore$;
DO $preflight$ BEGIN
  IF NOT (to_regclass('schemadelta_archive."public.warehouse_stock.amount@e545e2de"') IS NOT NULL) AND NOT EXISTS (SELECT FROM pg_catalog.pg_attribute WHERE attrelid = to_regclass('public.warehouse_stock') AND attname = 'amount' AND attnum > 0 AND NOT attisdropped) AND EXISTS (SELECT FROM public.warehouse_stock) THEN
    RAISE EXCEPTION '%', 'schemadelta pre-flight: public.warehouse_stock has rows, and its new column amount cannot be NULL and has no default: give it a default, or add it nullable and fill it first';
  END IF;
END $preflight$;
ALTER TABLE public.warehouse_stock ADD COLUMN IF NOT EXISTS amount public.positive_count;
DO $guard$ BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_inherits WHERE inhrelid = to_regclass('public.warehouse_stock') AND inhparent = to_regclass('public.stock')) THEN
    ALTER TABLE public.warehouse_stock INHERIT public.stock;
  END IF;
END $guard$;
DO $restore$ DECLARE record_found record; BEGIN
  IF to_regclass('schemadelta_archive.holdings') IS NOT NULL THEN
    FOR record_found IN SELECT * FROM schemadelta_archive.holdings WHERE kind = 'sequence' AND migration = 'e545e2de' LOOP
      IF to_regclass(format('%I.%I', record_found.object_schema, record_found.object_name)) IS NOT NULL THEN
        PERFORM pg_catalog.setval(format('%I.%I', record_found.object_schema, record_found.object_name)::regclass, record_found.sequence_last_value, record_found.sequence_is_called);
        DELETE FROM schemadelta_archive.holdings WHERE holding = record_found.holding;
      END IF;
    END LOOP;
  END IF;
END $restore$;

COMMIT;
