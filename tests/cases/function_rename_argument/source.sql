-- Changing a parameter name (CREATE OR REPLACE cannot rename parameters: drop + create).
CREATE FUNCTION greet(who text) RETURNS text
    LANGUAGE sql IMMUTABLE AS $$ SELECT 'Hello, ' || who $$;
