-- No-op: everything qualified with public.
CREATE TYPE public.status AS ENUM ('on', 'off');

CREATE TABLE public.devices (
    id integer PRIMARY KEY,
    state public.status NOT NULL DEFAULT 'off'::public.status
);

CREATE INDEX devices_state_idx ON public.devices USING btree (state);
CREATE VIEW public.devices_on AS SELECT devices.id FROM public.devices WHERE devices.state = 'on'::public.status;
CREATE FUNCTION public.device_count() RETURNS bigint LANGUAGE sql AS $$ SELECT count(*) FROM devices $$;
