-- Very long names (60+ characters, close to the 63-byte limit) for a table, column, index and constraint.
CREATE TABLE customer_subscription_billing_history_entries_archive_2024_v2 (
    id integer PRIMARY KEY,
    invoice_reference_number_from_the_external_billing_provider_id text,
    amount_charged_in_the_customers_local_currency_including_taxes numeric,
    CONSTRAINT customer_subscription_billing_history_amount_positive_check_x
        CHECK (amount_charged_in_the_customers_local_currency_including_taxes >= 0)
);

CREATE INDEX customer_subscription_billing_history_entries_invoice_ref_idx
    ON customer_subscription_billing_history_entries_archive_2024_v2
    (invoice_reference_number_from_the_external_billing_provider_id);
