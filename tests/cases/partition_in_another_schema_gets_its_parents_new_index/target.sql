-- The partition moves to another schema and the parent gets a unique index: PostgreSQL gives the partition its copy in the partition's schema
CREATE SCHEMA "s日3";
CREATE TABLE "s日3"."t_27" (
    "id" integer GENERATED ALWAYS AS IDENTITY
);
CREATE TABLE "public"."pt_39" (
    "id" bigint NOT NULL
) PARTITION BY RANGE ("id");
CREATE TABLE "s日3"."part_52" PARTITION OF "public"."pt_39" FOR VALUES FROM (0) TO (1000);
CREATE UNIQUE INDEX "ix'83" ON "public"."pt_39" ("id");
ALTER TABLE "public"."pt_39" ENABLE ROW LEVEL SECURITY;
