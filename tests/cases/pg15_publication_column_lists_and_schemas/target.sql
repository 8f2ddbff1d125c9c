-- PostgreSQL 15: publications with a column list, a row filter and a whole schema (not managed: kept, reported, read back alike), beside a new column.
CREATE SCHEMA events;
CREATE TABLE events.entries (
    id integer PRIMARY KEY,
    kind text NOT NULL,
    payload text
);
CREATE TABLE events.audits (
    id integer PRIMARY KEY,
    note text,
    noted_at timestamp with time zone
);
CREATE PUBLICATION entry_kinds FOR TABLE events.entries (id, kind) WHERE (kind <> 'debug');
CREATE PUBLICATION all_events FOR TABLES IN SCHEMA events WITH (publish = 'insert', publish_via_partition_root = true);
