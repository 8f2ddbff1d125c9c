-- Changing a column type integer -> bigint (PK column and a plain column).
CREATE TABLE events (
    id bigint PRIMARY KEY,
    counter bigint NOT NULL DEFAULT 0
);
