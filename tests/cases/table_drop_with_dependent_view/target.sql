-- Dropping a table together with the view that reads it (the view must go first).
CREATE TABLE kept (
    id integer PRIMARY KEY
);
