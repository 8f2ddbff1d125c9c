-- A child leaves its parent for a new one while the enum of a column it inherits is rebuilt
-- (its values reordered). The old parent's columns are not converted (it is dropped), so the
-- child's column, its own after NO INHERIT, is converted to the new enum before INHERIT.
CREATE TYPE public.priority AS ENUM ('low', 'normal', 'high');
CREATE TABLE public.tasks (
    id bigint NOT NULL,
    priority public.priority NOT NULL
);
CREATE TABLE public.chores (
    due date
) INHERITS (public.tasks);
