-- Very long names (60+ characters, close to the 63-byte limit) for a table, column, index and constraint.
CREATE TABLE customer_subscription_billing_history_entries_archive_2024_v2 (
    id integer PRIMARY KEY,
    invoice_reference_number_from_the_external_billing_provider_id text
);
