-- A view reads a child's inherited column while the parent's column changes type: the ALTER on the parent reaches the child's column, so the view goes first and comes back after.
CREATE TABLE items (
    id integer NOT NULL,
    qty smallint
);
CREATE TABLE special_items (
    label text
) INHERITS (items);
CREATE VIEW special_qty AS
 SELECT qty, label FROM special_items;
