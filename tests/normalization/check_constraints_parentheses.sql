-- Rule: CHECK expressions as pg_dump prints them: the whole expression wrapped in
-- parentheses, every operator application parenthesized, AND/OR/NOT kept, and
-- literals compared to numeric/varchar/char columns cast (e.g. (price > (0)::numeric)).
CREATE TABLE order_lines (
    id        integer PRIMARY KEY,
    qty       integer NOT NULL CHECK (qty > 0),
    price     numeric(10,2) CHECK (price >= 0),
    discount  numeric(4,2) CHECK (discount >= 0 AND discount <= 0.5),
    a         integer,
    b         integer,
    code      varchar(10) CHECK (code <> ''),
    grade     char(1) CHECK (grade = 'A' OR grade = 'B' OR grade = 'C'),
    note      text CHECK (length(note) < 500),
    CONSTRAINT a_b_range CHECK (a > 0 AND b < 10),
    CONSTRAINT a_or_b CHECK ((a IS NOT NULL) OR (b IS NOT NULL)),
    CONSTRAINT not_both_negative CHECK (NOT (a < 0 AND b < 0))
);
