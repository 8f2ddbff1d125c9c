-- Mixed-case quoted names with spaces: a column is added and an index created.
CREATE TABLE "Orders" (
    "OrderID" integer PRIMARY KEY,
    "CustomerName" text NOT NULL
);

CREATE TABLE "Order Items" (
    "ItemID" integer PRIMARY KEY,
    "OrderID" integer NOT NULL REFERENCES "Orders" ("OrderID"),
    "UserID" integer
);
