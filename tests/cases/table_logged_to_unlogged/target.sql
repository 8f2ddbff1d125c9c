-- Turning a logged table with an identity column into an UNLOGGED table.
CREATE UNLOGGED TABLE page_views (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    url text NOT NULL,
    seen_at timestamptz NOT NULL DEFAULT now()
);
