-- Dropping a function (and keeping an unrelated one).
CREATE FUNCTION triple_it(x integer) RETURNS integer
    LANGUAGE sql IMMUTABLE AS $$ SELECT x * 3 $$;
