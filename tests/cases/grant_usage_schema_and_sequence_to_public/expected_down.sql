-- schemadelta rollback:  -> 
-- source fingerprint e02939400fac30fc, target fingerprint 4d8b652afb5195e4
-- state fingerprint adfa47b12e421dcb -> 5b1964f18dfaa3d8
-- Changes:
--      2 set privileges
-- Hazards: none (every change is safe)

SET lock_timeout = '10s';
SET statement_timeout = '0';
SET check_function_bodies = false;
SET client_min_messages = warning;
SELECT pg_catalog.set_config('search_path', '', false);

BEGIN;

REVOKE USAGE ON SCHEMA shared FROM PUBLIC;
REVOKE SELECT ON SEQUENCE shared.ticket_seq FROM PUBLIC;
REVOKE USAGE ON SEQUENCE shared.ticket_seq FROM PUBLIC;

COMMIT;
