-- A column of a domain goes (renamed without --rename: dropped and added) while the domain drops NOT NULL; the way back sets it again, after the column the migration added empty is gone
CREATE SCHEMA "s_3";
CREATE DOMAIN "s_3"."d_7" AS integer CONSTRAINT "d_7_check" CHECK (VALUE > -2000000);
CREATE TABLE "public"."t_20" (
    "id" bigint NOT NULL,
    "c_43" "s_3"."d_7"
);
