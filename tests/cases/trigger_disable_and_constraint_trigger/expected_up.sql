-- schemadelta migration:  -> 
-- source fingerprint 21d5b2a73629581e, target fingerprint 558acc751e60b6f3
-- state fingerprint 93bd79dd2b550df8 -> b1ae9a3bca65d185
-- Changes:
--      1 alter trigger state
--      1 create trigger
-- Hazards: none (every change is safe)

SET lock_timeout = '10s';
SET statement_timeout = '0';
SET check_function_bodies = false;
SET client_min_messages = warning;
SELECT pg_catalog.set_config('search_path', '', false);

BEGIN;

DO $guard$ BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_trigger WHERE tgrelid = to_regclass('public.ledger') AND tgname = 'ledger_balance_deferred') THEN
    CREATE CONSTRAINT TRIGGER ledger_balance_deferred AFTER INSERT OR UPDATE ON public.ledger DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION public.check_balance();
  END IF;
END $guard$;
ALTER TABLE public.ledger DISABLE TRIGGER ledger_balance_stmt;

COMMIT;
