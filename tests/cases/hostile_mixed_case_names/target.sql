-- Mixed-case quoted names with spaces: a column is added and an index created.
CREATE TABLE "Orders" (
    "OrderID" integer PRIMARY KEY,
    "CustomerName" text NOT NULL
);

CREATE TABLE "Order Items" (
    "ItemID" integer PRIMARY KEY,
    "OrderID" integer NOT NULL REFERENCES "Orders" ("OrderID"),
    "UserID" integer,
    "Unit Price" numeric(10,2) DEFAULT 0
);

CREATE INDEX "Order Items_UserID_idx" ON "Order Items" ("UserID");
COMMENT ON COLUMN "Order Items"."Unit Price" IS 'Price per unit';
