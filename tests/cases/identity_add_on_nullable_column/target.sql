-- Adding identity to a column that is nullable in the source (NOT NULL must come first).
CREATE TABLE tickets (
    ref bigint GENERATED ALWAYS AS IDENTITY,
    subject text
);
