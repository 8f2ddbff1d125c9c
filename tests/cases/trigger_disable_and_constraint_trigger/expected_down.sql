-- schemadelta rollback:  -> 
-- source fingerprint 558acc751e60b6f3, target fingerprint 21d5b2a73629581e
-- state fingerprint b1ae9a3bca65d185 -> 93bd79dd2b550df8
-- Changes:
--      1 alter trigger state
--      1 drop trigger
-- Hazards: none (every change is safe)

SET lock_timeout = '10s';
SET statement_timeout = '0';
SET check_function_bodies = false;
SET client_min_messages = warning;
SELECT pg_catalog.set_config('search_path', '', false);

BEGIN;

DROP TRIGGER IF EXISTS ledger_balance_deferred ON public.ledger;
ALTER TABLE public.ledger ENABLE TRIGGER ledger_balance_stmt;

COMMIT;
