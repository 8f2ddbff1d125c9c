-- Narrowing a column of a table whose only key is a unique index over NOT NULL columns (no constraint).
CREATE TABLE exchange_rates (
    currency char(3) NOT NULL,
    quoted_on date NOT NULL,
    rate numeric(18,4) NOT NULL,
    source_note varchar(100)
);

CREATE UNIQUE INDEX exchange_rates_currency_quoted_on_idx ON exchange_rates (currency, quoted_on);
