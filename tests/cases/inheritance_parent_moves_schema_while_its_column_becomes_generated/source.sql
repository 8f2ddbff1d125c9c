-- An inheritance parent moves to another schema while its NOT NULL column becomes generated: the child's rows keep their values both ways (DROP EXPRESSION on the way back)
CREATE SCHEMA "s""q1";
CREATE TABLE "s""q1"."Mixedt11" (
    "id_13" integer NOT NULL,
    "c_15" bigint DEFAULT 42,
    "cété21" bigint NOT NULL
);
CREATE TABLE "public"."child_30" (
    "cété32" boolean
) INHERITS ("s""q1"."Mixedt11");
