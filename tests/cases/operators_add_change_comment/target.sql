-- Operators: one added, one whose options change (selectivity estimators), a unary one, a comment added.
CREATE SCHEMA textops;

CREATE FUNCTION textops.shorter(a text, b text) RETURNS boolean
    LANGUAGE sql IMMUTABLE AS $$ SELECT length(a) < length(b) $$;
CREATE FUNCTION textops.not_shorter(a text, b text) RETURNS boolean
    LANGUAGE sql IMMUTABLE AS $$ SELECT length(a) >= length(b) $$;
CREATE FUNCTION textops.same_length(a text, b text) RETURNS boolean
    LANGUAGE sql IMMUTABLE AS $$ SELECT length(a) = length(b) $$;
CREATE FUNCTION textops.negative_length(t text) RETURNS integer
    LANGUAGE sql IMMUTABLE AS $$ SELECT -length(t) $$;

CREATE OPERATOR textops.<# (FUNCTION = textops.shorter, LEFTARG = text, RIGHTARG = text,
    RESTRICT = scalarltsel, JOIN = scalarltjoinsel);
CREATE OPERATOR textops.>=# (FUNCTION = textops.not_shorter, LEFTARG = text, RIGHTARG = text,
    RESTRICT = scalargesel, JOIN = scalargejoinsel);
CREATE OPERATOR textops.=# (FUNCTION = textops.same_length, LEFTARG = text, RIGHTARG = text,
    COMMUTATOR = OPERATOR(textops.=#), RESTRICT = eqsel, JOIN = eqjoinsel, HASHES, MERGES);
CREATE OPERATOR textops.- (FUNCTION = textops.negative_length, RIGHTARG = text);
COMMENT ON OPERATOR textops.=# (text, text) IS 'same number of characters';

CREATE TABLE textops.words (
    id integer PRIMARY KEY,
    word text NOT NULL
);
