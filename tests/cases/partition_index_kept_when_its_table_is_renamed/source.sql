-- A partitioned table is renamed without a declared rename (so it is held and made again under
-- its new name): its partition is detached, the partition's index dropped and made again, and
-- attached to the new table's index. A second run finds that index attached and leaves it.
CREATE TABLE public.events (
    id bigint NOT NULL
) PARTITION BY RANGE (id);
CREATE TABLE public.events_first PARTITION OF public.events FOR VALUES FROM (0) TO (1000);
CREATE INDEX events_id ON public.events (id);
