-- Rule: EXCLUDE on a range column alone needs no extension; implicit name <table>_<col>_excl.
CREATE TABLE maintenance_windows (
    id      integer PRIMARY KEY,
    period  tsrange NOT NULL,
    EXCLUDE USING gist (period WITH &&)
);

CREATE TABLE price_periods (
    id        integer PRIMARY KEY,
    valid     daterange,
    CONSTRAINT price_periods_no_overlap EXCLUDE USING gist (valid WITH &&) WHERE (valid IS NOT NULL)
);
