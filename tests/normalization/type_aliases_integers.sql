-- Rule: integer type aliases.
-- int, int4, integer -> integer; int8, bigint -> bigint; int2, smallint -> smallint.
CREATE TABLE measurements (
    id          int PRIMARY KEY,
    sensor_id   int4 NOT NULL,
    reading_no  INTEGER,
    total_bytes int8,
    big_counter BIGINT NOT NULL,
    level       int2,
    small_flag  SmallInt DEFAULT 0
);

CREATE TABLE measurement_tags (
    measurement_id integer REFERENCES measurements (id),
    tag_no         INT2 NOT NULL,
    weight         Int8
);
