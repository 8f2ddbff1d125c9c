-- schemadelta migration:  -> 
-- source fingerprint 4d8b652afb5195e4, target fingerprint e02939400fac30fc
-- state fingerprint 5b1964f18dfaa3d8 -> adfa47b12e421dcb
-- Changes:
--      2 set privileges
-- Hazards: none (every change is safe)

SET lock_timeout = '10s';
SET statement_timeout = '0';
SET check_function_bodies = false;
SET client_min_messages = warning;
SELECT pg_catalog.set_config('search_path', '', false);

BEGIN;

GRANT USAGE ON SCHEMA shared TO PUBLIC;
GRANT SELECT ON SEQUENCE shared.ticket_seq TO PUBLIC;
GRANT USAGE ON SEQUENCE shared.ticket_seq TO PUBLIC;

COMMIT;
