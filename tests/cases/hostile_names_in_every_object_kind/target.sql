-- Quoted mixed-case names on a schema, enum, domain, function, trigger and policy.
CREATE SCHEMA "Sales Data";
COMMENT ON SCHEMA "Sales Data" IS 'Sales pipeline';

CREATE TYPE "Sales Data"."Deal Stage" AS ENUM ('Lead', 'Won', 'Lost');
CREATE DOMAIN "Sales Data"."Money $" AS numeric(12,2) CHECK (VALUE >= 0);

CREATE TABLE "Sales Data"."Deals" (
    "DealID" integer PRIMARY KEY,
    "Stage" "Sales Data"."Deal Stage" NOT NULL DEFAULT 'Lead',
    "Amount" "Sales Data"."Money $",
    "Owner" text NOT NULL DEFAULT current_user
);

CREATE FUNCTION "Sales Data"."Touch Deal"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RETURN NEW;
END $$;

CREATE TRIGGER "Before Deal Update" BEFORE UPDATE ON "Sales Data"."Deals"
    FOR EACH ROW EXECUTE FUNCTION "Sales Data"."Touch Deal"();

ALTER TABLE "Sales Data"."Deals" ENABLE ROW LEVEL SECURITY;
CREATE POLICY "Own Deals" ON "Sales Data"."Deals" USING ("Owner" = current_user);
