-- No-op: the same enum built with ALTER TYPE ... ADD VALUE BEFORE/AFTER.
CREATE TYPE stage AS ENUM ('published');
ALTER TYPE stage ADD VALUE 'draft' BEFORE 'published';
ALTER TYPE stage ADD VALUE 'review' AFTER 'draft';
ALTER TYPE stage ADD VALUE 'archived';

CREATE TABLE posts (
    id integer PRIMARY KEY,
    stage stage NOT NULL DEFAULT 'published'
);
