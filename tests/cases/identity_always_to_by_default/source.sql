-- Switching an identity column from ALWAYS to BY DEFAULT.
CREATE TABLE tickets (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    subject text
);
