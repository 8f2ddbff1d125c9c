-- Dropping a column of a table whose primary key includes an enum column, while that enum loses an unused value (the type is rebuilt).
CREATE TYPE region_code AS ENUM ('us_east', 'us_west', 'eu_central', 'eu_west', 'ap_south', 'sa_east');

CREATE TABLE warehouse_stock (
    region region_code NOT NULL,
    sku text NOT NULL,
    quantity integer NOT NULL DEFAULT 0,
    legacy_bin_label text,
    PRIMARY KEY (region, sku)
);
