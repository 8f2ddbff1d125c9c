-- It becomes partitioned and the key goes: on the way back it is rebuilt plain from its holding, and the key's early pre-flight must not count its rows before they come back
CREATE SEQUENCE "public"."seqété5" INCREMENT BY 3;
CREATE TABLE "public"."t_29" (
    "id日31" integer NOT NULL, 
    "c_33" bigint DEFAULT nextval('"public"."seqété5"'::regclass)
) PARTITION BY RANGE ("id日31");
CREATE TABLE "public"."t_42" (
    "id" bigint NOT NULL, 
    "refété53" integer
);
CREATE TABLE "public"."part 61" PARTITION OF "public"."t_29" FOR VALUES FROM (0) TO (1000);
ALTER TABLE "public"."t_29" ADD PRIMARY KEY ("id日31");
COMMENT ON TABLE "public"."t_42" IS '50% -- not SQL';
