-- Changing the columns of a primary key (single -> composite).
CREATE TABLE memberships (
    id integer PRIMARY KEY,
    group_id integer NOT NULL,
    user_id integer NOT NULL
);
