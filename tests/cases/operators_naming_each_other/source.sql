-- Two new operators that name each other as NEGATOR: creating the first leaves a shell of the
-- second, which the second's CREATE OPERATOR must complete rather than take as done.
CREATE SCHEMA ops;
CREATE FUNCTION ops.shorter(a text, b text) RETURNS boolean LANGUAGE sql IMMUTABLE AS 'SELECT length(a) < length(b)';
CREATE FUNCTION ops.not_shorter(a text, b text) RETURNS boolean LANGUAGE sql IMMUTABLE AS 'SELECT length(a) >= length(b)';
