-- Rule: RLS. pg_dump prints ALTER TABLE public.t ENABLE ROW LEVEL SECURITY (and FORCE),
-- and CREATE POLICY p ON public.t [AS RESTRICTIVE] [FOR cmd] [TO roles] USING ((expr))
-- WITH CHECK ((expr)); FOR ALL and TO public are defaults and are omitted.
CREATE TABLE notes (
    id         integer PRIMARY KEY,
    author     name NOT NULL DEFAULT current_user,
    is_public  boolean NOT NULL DEFAULT false,
    archived   boolean NOT NULL DEFAULT false,
    body       text
);

ALTER TABLE notes ENABLE ROW LEVEL SECURITY;
ALTER TABLE notes FORCE ROW LEVEL SECURITY;

CREATE POLICY notes_read ON notes FOR SELECT
    USING (is_public OR author = current_user);

CREATE POLICY notes_write ON notes FOR ALL TO PUBLIC
    USING (author = current_user)
    WITH CHECK (author = current_user AND NOT archived);

CREATE POLICY notes_no_archived ON notes AS RESTRICTIVE FOR UPDATE
    USING (NOT archived);

CREATE POLICY notes_insert ON notes FOR INSERT WITH CHECK (body IS NOT NULL);

CREATE TABLE public_announcements (id integer PRIMARY KEY, msg text);
ALTER TABLE public_announcements ENABLE ROW LEVEL SECURITY;
