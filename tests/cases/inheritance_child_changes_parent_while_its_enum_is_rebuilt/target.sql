CREATE TYPE public.priority AS ENUM ('high', 'normal', 'low');
CREATE TABLE public.work_items (
    id bigint NOT NULL,
    priority public.priority NOT NULL
);
CREATE TABLE public.chores (
    due date
) INHERITS (public.work_items);
