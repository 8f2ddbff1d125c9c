-- Long table and column names whose implicit constraint and index names get truncated to 63 bytes.
CREATE TABLE a_really_quite_long_table_name_for_subscription_payments (
    id integer
);
