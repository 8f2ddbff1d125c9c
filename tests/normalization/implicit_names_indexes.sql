-- Rule: CREATE INDEX without a name:
-- ON t (a) -> t_a_idx; ON t (a, b) -> t_a_b_idx; ON t (lower(email)) -> t_lower_idx;
-- ON t ((a + b)) -> t_expr_idx; UNIQUE index ON t (email) -> t_email_idx.
CREATE TABLE users (
    id          integer PRIMARY KEY,
    email       text NOT NULL,
    first_name  text,
    last_name   text,
    score_a     integer,
    score_b     integer
);

CREATE INDEX ON users (last_name);
CREATE INDEX ON users (last_name, first_name);
CREATE INDEX ON users (lower(email));
CREATE INDEX ON users ((score_a + score_b));
CREATE UNIQUE INDEX ON users (email);
