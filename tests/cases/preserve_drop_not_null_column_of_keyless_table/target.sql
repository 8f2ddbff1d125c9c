-- A NOT NULL column of a table without a key dropped: its values cannot be held; the rollback adds it back empty, nullable where rows exist, and says so.
CREATE TABLE readings (
    taken_at timestamp
);
