-- Dropping a table whose name needs quoting ("Order Items") in a non-public schema that stays.
CREATE SCHEMA sales;

CREATE TABLE sales.orders (
    id integer PRIMARY KEY,
    placed_at timestamptz NOT NULL
);

CREATE TABLE sales."Order Items" (
    "Order Id" integer NOT NULL REFERENCES sales.orders (id),
    "Line No" smallint NOT NULL,
    "Product Name" text NOT NULL,
    "Unit Price" numeric(10,2) NOT NULL,
    PRIMARY KEY ("Order Id", "Line No")
);

CREATE INDEX "Order Items by product" ON sales."Order Items" ("Product Name");
