-- Rule: numeric and bit-string aliases.
-- decimal -> numeric; decimal(p,s) -> numeric(p,s); numeric(p) -> numeric(p,0)
-- varbit -> bit varying; varbit(n) -> bit varying(n); bit -> bit(1)
CREATE TABLE ledger_entries (
    id          integer PRIMARY KEY,
    amount      decimal(12,2) NOT NULL,
    rate        DECIMAL,
    ratio       numeric,
    units       numeric(8),
    balance     NUMERIC(14, 4),
    flags       varbit,
    mask        varbit(16),
    mask2       bit varying(16),
    parity      bit,
    nibble      bit(4)
);
