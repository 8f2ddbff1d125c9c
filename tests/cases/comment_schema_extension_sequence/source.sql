-- Comments on a schema, an extension and a sequence.
CREATE SCHEMA reporting;
CREATE EXTENSION citext;
CREATE SEQUENCE reporting.report_no_seq;

COMMENT ON SCHEMA reporting IS 'Reports';
