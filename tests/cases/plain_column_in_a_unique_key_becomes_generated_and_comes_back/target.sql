-- A plain column of a two-column UNIQUE key becomes generated: the rollback makes it plain again in place (DROP EXPRESSION) and writes its held values back, so the key stays
CREATE TABLE "public"."column" (
    "id_17" bigint GENERATED ALWAYS AS IDENTITY,
    "c_21" bigint GENERATED ALWAYS AS ("Mixedc23" * 2) STORED,
    "Mixedc23" integer
);
ALTER TABLE "public"."column" ADD CONSTRAINT "pk_25" PRIMARY KEY ("id_17");
ALTER TABLE "public"."column" ADD CONSTRAINT "uq 27" UNIQUE ("id_17", "c_21");
