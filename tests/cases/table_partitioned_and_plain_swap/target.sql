-- A plain table becomes partitioned, a partitioned one becomes plain, and a partition key changes strategy: each table is rebuilt under its name.
CREATE TABLE events (id int NOT NULL, at date NOT NULL, v text) PARTITION BY RANGE (at);
CREATE TABLE events_old PARTITION OF events FOR VALUES FROM ('2000-01-01') TO ('2100-01-01');
CREATE TABLE logs (id int NOT NULL, at date NOT NULL);
CREATE TABLE metrics (id int NOT NULL, kind text NOT NULL, at date NOT NULL) PARTITION BY LIST (kind);
CREATE TABLE metrics_all PARTITION OF metrics DEFAULT;
