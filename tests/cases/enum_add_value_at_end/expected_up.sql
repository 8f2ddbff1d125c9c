-- schemadelta migration:  -> 
-- source fingerprint 6d7a57fc60c68977, target fingerprint 6ccb9b7c359de91e
-- state fingerprint 1e40ad8d74a7a534 -> 562aa390c44bf7b3
-- Changes:
--      1 add enum value
-- Hazards: none (every change is safe)

SET lock_timeout = '10s';
SET statement_timeout = '0';
SET check_function_bodies = false;
SET client_min_messages = warning;
SELECT pg_catalog.set_config('search_path', '', false);

BEGIN;

ALTER TYPE public.order_status ADD VALUE IF NOT EXISTS 'delivered' AFTER 'shipped';

COMMIT;
