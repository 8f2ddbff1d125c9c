-- Changing a column type char(20) -> text.
CREATE TABLE countries (
    id integer PRIMARY KEY,
    label char(20)
);
