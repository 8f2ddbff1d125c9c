-- Changing a parameter name (CREATE OR REPLACE cannot rename parameters: drop + create).
CREATE FUNCTION greet(person_name text) RETURNS text
    LANGUAGE sql IMMUTABLE AS $$ SELECT 'Hello, ' || person_name $$;
