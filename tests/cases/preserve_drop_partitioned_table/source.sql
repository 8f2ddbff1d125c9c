-- Dropping a range-partitioned table whose 2001 partition is hash-subpartitioned, with a default partition; every partition's rows are held and come back.
CREATE TABLE page_views (
    viewed_on date NOT NULL,
    id bigint NOT NULL,
    path text NOT NULL,
    PRIMARY KEY (viewed_on, id)
) PARTITION BY RANGE (viewed_on);

CREATE TABLE page_views_2001 PARTITION OF page_views
    FOR VALUES FROM ('2001-01-01') TO ('2002-01-01')
    PARTITION BY HASH (id);

CREATE TABLE page_views_2001_h0 PARTITION OF page_views_2001
    FOR VALUES WITH (MODULUS 2, REMAINDER 0);

CREATE TABLE page_views_2001_h1 PARTITION OF page_views_2001
    FOR VALUES WITH (MODULUS 2, REMAINDER 1);

CREATE TABLE page_views_2002 PARTITION OF page_views
    FOR VALUES FROM ('2002-01-01') TO ('2003-01-01');

CREATE TABLE page_views_other PARTITION OF page_views DEFAULT;

CREATE INDEX page_views_path_idx ON page_views (path);

CREATE TABLE pages (
    path text PRIMARY KEY
);
