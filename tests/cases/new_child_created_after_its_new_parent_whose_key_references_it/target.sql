-- Two tables move to another schema, one becoming the other's child while the parent's foreign key references the child: on that foreign-key cycle the child is still created after its parent
CREATE SCHEMA "n日57";
CREATE TABLE "n日57"."t_9" (
    "id" integer NOT NULL,
    "ref_53" integer
);
CREATE TABLE "n日57"."t_34" (
    "id" integer NOT NULL
) INHERITS ("n日57"."t_9");
ALTER TABLE "n日57"."t_34" ADD CONSTRAINT "pk_43" PRIMARY KEY ("id");
ALTER TABLE "n日57"."t_9" ADD CONSTRAINT "fk 55" FOREIGN KEY ("ref_53") REFERENCES "n日57"."t_34" ("id") ON DELETE SET NULL;
