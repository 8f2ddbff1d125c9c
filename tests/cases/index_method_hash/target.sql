-- Creating a hash index.
CREATE TABLE short_links (
    id bigint PRIMARY KEY,
    token text NOT NULL,
    target_url text NOT NULL
);

CREATE INDEX short_links_token_idx ON short_links USING hash (token);
