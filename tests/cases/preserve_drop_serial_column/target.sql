-- Dropping a serial column that is not the key (its owned sequence goes with it); values and sequence position come back.
CREATE TABLE shipping_labels (
    tracking_code text PRIMARY KEY,
    carrier text NOT NULL
);
