-- The identity goes and the other table joins it as a child (its new column filled from the sequence): the way back sets back a sequence with no record of a fill
CREATE SCHEMA "s 1";
CREATE SEQUENCE "public"."seqété7" INCREMENT BY 3;
CREATE TABLE "s 1"."t_17" (
    "id_19" bigint NOT NULL, 
    "c 21" integer DEFAULT nextval('"public"."seqété7"'::regclass)
);
CREATE TABLE "s 1"."tété25" (
    "id" integer NOT NULL
) INHERITS ("s 1"."t_17");
