-- Changing an EXCLUDE constraint without an extension: add a WHERE and make it deferrable.
CREATE TABLE reservations (
    id integer PRIMARY KEY,
    period daterange NOT NULL,
    cancelled boolean NOT NULL DEFAULT false,
    CONSTRAINT reservations_period_excl EXCLUDE USING gist (period WITH &&)
);
