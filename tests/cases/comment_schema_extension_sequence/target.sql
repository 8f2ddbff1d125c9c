-- Comments on a schema, an extension and a sequence.
CREATE SCHEMA reporting;
CREATE EXTENSION citext;
CREATE SEQUENCE reporting.report_no_seq;

COMMENT ON SCHEMA reporting IS 'Read-only reporting objects';
COMMENT ON EXTENSION citext IS 'Case-insensitive text for emails';
COMMENT ON SEQUENCE reporting.report_no_seq IS 'Report numbers';
