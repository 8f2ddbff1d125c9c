-- Rule: defaults with typed literals and expressions.
-- interval '30 days' -> '30 days'::interval; DATE '2000-01-01' -> '2000-01-01'::date;
-- '{}' on jsonb / text[] -> '{}'::jsonb / '{}'::text[]; now() + interval '1 day' ->
-- (now() + '1 day'::interval); function defaults kept as calls.
CREATE TABLE subscriptions (
    id           uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    plan         text NOT NULL,
    trial_length interval DEFAULT interval '30 days',
    started_on   date DEFAULT DATE '2000-01-01',
    renews_at    timestamptz DEFAULT now() + interval '1 day',
    settings     jsonb NOT NULL DEFAULT '{}',
    labels       text[] DEFAULT '{}',
    seats        integer DEFAULT 1 + 1,
    token        text DEFAULT md5(random()::text),
    created_by   text DEFAULT CURRENT_USER
);
