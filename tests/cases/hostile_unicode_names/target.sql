-- Unicode identifiers ("café", accented and CJK names) in a table, columns, an FK and a view.
CREATE TABLE "café" (
    id integer PRIMARY KEY,
    "naïve_prix" numeric(8,2),
    "crème_brûlée" boolean DEFAULT false
);

CREATE TABLE "注文" (
    "番号" integer PRIMARY KEY,
    "café_id" integer REFERENCES "café" (id)
);

CREATE VIEW "vue_café" AS SELECT id, "naïve_prix" AS "prix €" FROM "café";
