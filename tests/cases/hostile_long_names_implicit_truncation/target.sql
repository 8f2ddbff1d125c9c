-- Long table and column names whose implicit constraint and index names get truncated to 63 bytes.
CREATE TABLE a_really_quite_long_table_name_for_subscription_payments (
    id integer PRIMARY KEY,
    a_really_quite_long_column_name_for_the_payment_reference text UNIQUE,
    another_really_quite_long_column_name_for_the_payment_status text
        CHECK (another_really_quite_long_column_name_for_the_payment_status <> '')
);
