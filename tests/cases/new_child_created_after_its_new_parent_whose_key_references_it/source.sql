-- Two tables move to another schema, one becoming the other's child while the parent's foreign key references the child: on that foreign-key cycle the child is still created after its parent
CREATE SCHEMA "s""q1";
CREATE TABLE "s""q1"."t_9" (
    "id" integer NOT NULL,
    "ref_53" integer
);
CREATE TABLE "s""q1"."t_34" (
    "id" integer NOT NULL
);
ALTER TABLE "s""q1"."t_34" ADD CONSTRAINT "pk_43" PRIMARY KEY ("id");
ALTER TABLE "s""q1"."t_9" ADD CONSTRAINT "fk 55" FOREIGN KEY ("ref_53") REFERENCES "s""q1"."t_34" ("id") ON DELETE SET NULL;
