-- The parent moves to another schema (a new table) with a new CHECK; the partition stays and is attached to it: it needs the CHECK first
CREATE SCHEMA "s日38";
CREATE TABLE "s日38"."pt_27" (
    "Mixedid29" integer NOT NULL, 
    "c_31" text
) PARTITION BY RANGE ("Mixedid29");
CREATE TABLE "public"."part'34" PARTITION OF "s日38"."pt_27" FOR VALUES FROM (0) TO (1000);
ALTER TABLE "s日38"."pt_27" ADD CONSTRAINT "ck_40" CHECK ("c_31" <> 'forbidden');
