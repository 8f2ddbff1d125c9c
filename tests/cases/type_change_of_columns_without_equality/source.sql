-- Columns whose types have no equality operator (json, xml, point, polygon, path, circle, box)
-- change type: the rollback restores held values, which it must compare through text.
CREATE TABLE documents (
    id integer PRIMARY KEY,
    body json,
    bodies json[],
    markup xml,
    spot point,
    area polygon,
    route path,
    zone circle,
    frame box
);
