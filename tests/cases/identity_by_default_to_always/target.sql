-- Switching an identity column from BY DEFAULT to ALWAYS.
CREATE TABLE tickets (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    subject text
);
