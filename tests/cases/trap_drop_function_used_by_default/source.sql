-- Trap: a column default that calls a function is dropped together with the function.
CREATE FUNCTION gen_code() RETURNS text
    LANGUAGE sql VOLATILE AS $$ SELECT substr(md5(random()::text), 1, 8) $$;

CREATE TABLE coupons (
    id integer PRIMARY KEY,
    code text NOT NULL DEFAULT gen_code()
);
