-- A schema named "default" holding a function named "case" whose body changes.
CREATE SCHEMA "default";

CREATE FUNCTION "default"."case"("end" integer) RETURNS integer
    LANGUAGE sql IMMUTABLE AS $$ SELECT "end" + 2 $$;

CREATE TYPE "default"."type" AS ENUM ('null', 'true', 'select');
