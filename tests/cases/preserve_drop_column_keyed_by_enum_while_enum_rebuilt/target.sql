-- Dropping a column of a table whose primary key includes an enum column, while that enum loses an unused value (the type is rebuilt).
CREATE TYPE region_code AS ENUM ('us_east', 'us_west', 'eu_central', 'eu_west', 'ap_south');

CREATE TABLE warehouse_stock (
    region region_code NOT NULL,
    sku text NOT NULL,
    quantity integer NOT NULL DEFAULT 0,
    PRIMARY KEY (region, sku)
);
