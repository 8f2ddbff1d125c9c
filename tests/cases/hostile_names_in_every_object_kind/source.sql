-- Quoted mixed-case names on a schema, enum, domain, function, trigger and policy.
CREATE SCHEMA "Sales Data";
COMMENT ON SCHEMA "Sales Data" IS 'Sales pipeline';
