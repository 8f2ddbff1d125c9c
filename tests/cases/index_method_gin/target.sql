-- Creating GIN indexes on jsonb (jsonb_path_ops) and on a text array.
CREATE TABLE products (
    id integer PRIMARY KEY,
    attributes jsonb NOT NULL DEFAULT '{}',
    tags text[]
);

CREATE INDEX products_tags_idx ON products USING gin (tags);
CREATE INDEX products_attributes_idx ON products USING gin (attributes jsonb_path_ops);
