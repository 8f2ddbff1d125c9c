-- A table leaves its parent while the parent's column becomes an identity; on the way back the identity and its NOT NULL go before the table joins the parent again
CREATE SCHEMA "Mixeds1";
CREATE TABLE "Mixeds1"."t_14" (
    "id" integer NOT NULL,
    "select" bigint DEFAULT 0
);
CREATE TABLE "Mixeds1"."child_28" (
    "c_30" bigint
) INHERITS ("Mixeds1"."t_14");
