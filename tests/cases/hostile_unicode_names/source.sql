-- Unicode identifiers ("café", accented and CJK names) in a table, columns, an FK and a view.
CREATE TABLE "café" (
    id integer PRIMARY KEY,
    "naïve_prix" numeric
);
