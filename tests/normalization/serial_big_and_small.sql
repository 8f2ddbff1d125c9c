-- Rule: bigserial / serial8 -> bigint + sequence (pg_dump omits "AS bigint", the default);
-- smallserial / serial2 -> smallint + sequence AS smallint; serial4 -> integer.
CREATE TABLE audit_log (
    id        bigserial PRIMARY KEY,
    entry_no  serial4,
    message   text
);

CREATE TABLE priorities (
    id        smallserial PRIMARY KEY,
    rank_no   serial2 NOT NULL,
    label     varchar(40)
);

CREATE TABLE counters (
    id        serial8,
    value     bigint DEFAULT 0
);
