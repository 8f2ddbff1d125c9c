-- An inheritance parent moves to another schema while its NOT NULL column becomes generated: the child's rows keep their values both ways (DROP EXPRESSION on the way back)
CREATE SCHEMA "n_54";
CREATE TABLE "n_54"."Mixedt11" (
    "id_13" integer NOT NULL,
    "c_15" bigint DEFAULT 42,
    "cété21" bigint GENERATED ALWAYS AS ("c_15" * 2) STORED
);
CREATE TABLE "public"."child_30" (
    "cété32" boolean
) INHERITS ("n_54"."Mixedt11");
