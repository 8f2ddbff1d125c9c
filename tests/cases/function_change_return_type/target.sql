-- Changing a function's return type (integer -> bigint): needs DROP + CREATE.
CREATE TABLE clicks (
    id bigint PRIMARY KEY
);

CREATE FUNCTION click_count() RETURNS bigint
    LANGUAGE sql STABLE AS $$ SELECT count(*) FROM clicks $$;
