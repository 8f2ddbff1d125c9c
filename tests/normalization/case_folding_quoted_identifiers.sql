-- Rule: quoted identifiers keep their case; "lowercase" quoted equals unquoted.
-- pg_dump quotes only the names that need it ("Invoice", "LineItems", "Amount"),
-- and prints "invoices" / "status" below without quotes.
CREATE TABLE "Invoice" (
    "Id"        integer PRIMARY KEY,
    "Number"    text NOT NULL,
    "status"    text NOT NULL DEFAULT 'draft'
);

CREATE TABLE "LineItems" (
    "Id"        integer PRIMARY KEY,
    "InvoiceId" integer NOT NULL REFERENCES "Invoice" ("Id") ON DELETE CASCADE,
    "Amount"    numeric(12,2) NOT NULL,
    "user"      text,
    "select"    text
);

CREATE TABLE "invoices_archive" (
    "id"        integer PRIMARY KEY,
    archived_at timestamptz
);

CREATE INDEX "LineItems_Invoice_Idx" ON "LineItems" ("InvoiceId");
