-- Creating a new enum type and a column that uses it.
CREATE TYPE user_role AS ENUM ('viewer', 'editor', 'admin');

CREATE TABLE users (
    id integer PRIMARY KEY,
    email text NOT NULL,
    role user_role NOT NULL DEFAULT 'viewer'
);
