-- A table joins a parent whose columns it lacks: one with a nextval default (adding it fills
-- every row from the sequence) and one NOT NULL without a default, which its rows refuse. The
-- refusal must come before the sequence is used: a rolled-back transaction does not give
-- sequence values back (found by fuzz_semantic --seed 9000 --first 2277).
CREATE SEQUENCE "public"."seq_3" INCREMENT BY 1;
CREATE TABLE "public"."t_5" (
    "id" integer NOT NULL
);
CREATE TABLE "public"."t_15" (
    "id" integer NOT NULL,
    "c_20" integer DEFAULT nextval('"public"."seq_3"'::regclass),
    "c 22" jsonb NOT NULL
);
