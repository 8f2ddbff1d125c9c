-- schemadelta rollback:  -> 
-- source fingerprint d67c467cd784c210, target fingerprint a46c1e950a3d40b7
-- state fingerprint cec3fe39da6679e1 -> e9735ea1f38f053d
-- Changes:
--      1 drop column
-- Hazards:
--   destructive drop column public.order_lines.line_total: drops the column and its values [DeletesData]

SET lock_timeout = '10s';
SET statement_timeout = '0';
SET check_function_bodies = false;
SET client_min_messages = warning;
SELECT pg_catalog.set_config('search_path', '', false);

BEGIN;

ALTER TABLE public.order_lines DROP COLUMN IF EXISTS line_total;

COMMIT;
