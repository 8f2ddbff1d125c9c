-- The same names quoted, one column and one index more, written unquoted.
CREATE TABLE "t😀" (id integer NOT NULL PRIMARY KEY, "x😀" integer, "z𝄞" text, 𝄞 bigint);
CREATE INDEX "ix😀" ON "t😀" ("x😀");
CREATE INDEX ON t😀 (𝄞);
