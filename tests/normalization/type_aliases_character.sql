-- Rule: character type aliases.
-- varchar(n) / character varying(n) -> character varying(n)
-- char(n) / character(n) -> character(n); char / character -> character(1); bpchar stays bpchar
CREATE TABLE addresses (
    id          integer PRIMARY KEY,
    street      varchar(200) NOT NULL,
    city        character varying(100),
    state_code  char(2),
    zip         CHARACTER(5),
    country     VARCHAR,
    notes       character varying,
    kind        char,
    grade       character,
    legacy_code bpchar,
    label       text
);
