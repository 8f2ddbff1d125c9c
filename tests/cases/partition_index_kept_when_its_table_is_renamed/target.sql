CREATE TABLE public.event_log (
    id bigint NOT NULL
) PARTITION BY RANGE (id);
CREATE TABLE public.events_first PARTITION OF public.event_log FOR VALUES FROM (0) TO (1000);
CREATE INDEX events_id ON public.event_log (id);
