-- Changing a domain's base type (varchar(20) -> varchar(50)): no ALTER DOMAIN does it, needs a rebuild.
CREATE DOMAIN phone_number AS varchar(50) CHECK (VALUE ~ '^\+?[0-9 ]+$');

CREATE TABLE people (
    id integer PRIMARY KEY,
    mobile phone_number,
    landline phone_number
);
