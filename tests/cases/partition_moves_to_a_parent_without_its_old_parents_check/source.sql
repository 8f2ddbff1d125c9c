-- A partition of a parent with a CHECK; another partitioned table without it
CREATE TABLE public.readings_a (id integer NOT NULL, reading integer, CONSTRAINT reading_positive CHECK (reading > 0)) PARTITION BY RANGE (id);
CREATE TABLE public.readings_b (id integer NOT NULL, reading integer) PARTITION BY RANGE (id);
CREATE TABLE public.readings_first PARTITION OF public.readings_a FOR VALUES FROM (0) TO (1000);
