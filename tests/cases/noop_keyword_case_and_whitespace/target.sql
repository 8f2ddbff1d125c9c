-- No-op: upper-case keywords, quoted lower-case identifiers, upper-case unquoted identifiers.
CREATE TABLE "line_items" (
    "id"       INTEGER PRIMARY KEY,
    ORDER_ID   INTEGER NOT NULL,
    Qty        INTEGER NOT NULL DEFAULT 1,
    "price"    NUMERIC(10, 2)
);

CREATE INDEX LINE_ITEMS_ORDER_ID_IDX ON "line_items" ("order_id");
