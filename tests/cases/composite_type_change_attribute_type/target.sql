-- Changing a composite attribute's type (varchar(10) -> varchar(32), integer -> bigint).
CREATE TYPE parcel AS (
    tracking varchar(32),
    weight_g bigint
);

CREATE TABLE shipments (
    id integer PRIMARY KEY,
    item parcel
);
