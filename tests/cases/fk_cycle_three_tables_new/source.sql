-- Three new tables in an FK cycle a -> b -> c -> a.
CREATE SCHEMA app;
COMMENT ON SCHEMA app IS 'Library application';
