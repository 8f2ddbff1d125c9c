-- Rule: string defaults get an explicit cast to the column type in pg_dump:
-- text -> 'x'::text; varchar(n) -> 'x'::character varying; char(n) -> 'x'::bpchar;
-- an empty string and an embedded quote keep their literal form.
CREATE TABLE customers (
    id          integer PRIMARY KEY,
    status      text NOT NULL DEFAULT 'active',
    country     varchar(2) DEFAULT 'US',
    locale      character varying(10) DEFAULT 'en_US',
    currency    char(3) DEFAULT 'USD',
    tier        character(1) DEFAULT 'B',
    nickname    text DEFAULT '',
    motto       text DEFAULT 'it''s fine',
    source      VARCHAR DEFAULT 'web'
);
