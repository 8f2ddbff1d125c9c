-- Creating the pgcrypto extension and a function that uses it.
CREATE EXTENSION IF NOT EXISTS pgcrypto;

CREATE TABLE app_users (
    id integer PRIMARY KEY,
    email text NOT NULL UNIQUE,
    password_hash text NOT NULL
);

CREATE FUNCTION check_password(p_email text, p_password text) RETURNS boolean
    LANGUAGE sql STABLE
AS $$
    SELECT EXISTS (
        SELECT 1 FROM app_users
        WHERE email = p_email AND password_hash = crypt(p_password, password_hash)
    );
$$;
