-- An inheritance child becomes a partitioned table of its own (rebuilt): it is held whole, with
-- the column it has from its parent, rather than leaving the parent first (which dropped that
-- column before the hold); the rollback makes it a child again and gives its rows back with
-- both columns (semantic fuzzer seed 5000 pair 846).
CREATE TABLE accounts (
    id bigint NOT NULL
);

CREATE TABLE "archived accounts" (
    label text DEFAULT 'other value'
) PARTITION BY RANGE (label);

CREATE TABLE "archived accounts a-m" PARTITION OF "archived accounts" FOR VALUES FROM ('a') TO ('n');
