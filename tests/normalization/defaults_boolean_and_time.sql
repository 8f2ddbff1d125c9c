-- Rule: boolean and time defaults.
-- DEFAULT TRUE -> DEFAULT true; now() stays now(); CURRENT_TIMESTAMP / CURRENT_DATE stay keywords;
-- now() on a timestamp (without time zone) column stays now() (the cast is implicit).
CREATE TABLE sessions (
    id           integer PRIMARY KEY,
    is_active    boolean NOT NULL DEFAULT TRUE,
    is_admin     bool DEFAULT false,
    remember_me  boolean DEFAULT FALSE NOT NULL,
    created_at   timestamptz NOT NULL DEFAULT now(),
    touched_at   timestamp with time zone DEFAULT CURRENT_TIMESTAMP,
    local_time   timestamp DEFAULT now(),
    opened_on    date DEFAULT CURRENT_DATE,
    expires_at   timestamptz DEFAULT NULL
);
