-- A column of a NOT NULL domain type dropped from a table without a key: its values cannot be held and it has no empty value; the migration says the drop cannot be rolled back once the table has rows, and the rollback stops then, naming the column and the domain.
CREATE DOMAIN reading AS integer NOT NULL CHECK (VALUE > -2000000);

CREATE TABLE meters (
    id integer NOT NULL,
    value reading NOT NULL
);
