CREATE TABLE public.measurements (
    taken_on date NOT NULL
) PARTITION BY RANGE (taken_on);
CREATE TABLE public.measurements_2025 PARTITION OF public.measurements FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
CREATE TABLE public.measurements_rest PARTITION OF public.measurements DEFAULT;
