-- A NOT NULL column of a partitioned table without a key is dropped: its values cannot be held
-- (no key to match rows by), so the rollback brings it back empty and, as the partitions have
-- rows, nullable, in the parent and in every partition (hazard NotHeld, said in both scripts).
CREATE TABLE public.measurements (
    taken_on date NOT NULL,
    reading smallint NOT NULL
) PARTITION BY RANGE (taken_on);
CREATE TABLE public.measurements_2025 PARTITION OF public.measurements FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
CREATE TABLE public.measurements_rest PARTITION OF public.measurements DEFAULT;
