-- A partition renamed with --rename: its copy of the parent's index, named after the partition, is renamed with it (a partition cannot have two copies attached)
CREATE TABLE "public"."pt_36" (
    "id" integer NOT NULL,
    "c_41" numeric(12,2) NOT NULL
) PARTITION BY RANGE ("id");
CREATE TABLE "public"."part_43" PARTITION OF "public"."pt_36" FOR VALUES FROM (0) TO (1000);
CREATE INDEX "Mixedix47" ON "public"."pt_36" ("c_41", "id");
