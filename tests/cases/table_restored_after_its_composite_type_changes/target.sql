CREATE TYPE "public"."ty_5" AS ("a" integer, "b" text, "x75" integer);
