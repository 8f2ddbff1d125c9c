-- Changing column types that have no implicit cast (text -> integer, text -> jsonb, int -> boolean).
CREATE TABLE imports (
    id integer PRIMARY KEY,
    line_no text,
    raw text,
    flag integer
);
