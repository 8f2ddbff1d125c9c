-- Rule: date/time type aliases.
-- timestamptz -> timestamp with time zone; timestamp -> timestamp without time zone
-- timetz -> time with time zone; time -> time without time zone; precision moves before "with".
CREATE TABLE events (
    id            integer PRIMARY KEY,
    created_at    timestamptz NOT NULL,
    updated_at    timestamp with time zone,
    starts_local  timestamp,
    ends_local    timestamp without time zone,
    logged_at     TIMESTAMPTZ(3),
    precise_local timestamp(6),
    alarm         timetz,
    opens_at      time,
    closes_at     time without time zone,
    on_day        date,
    duration      interval
);
