-- Renaming a table and its key column while dropping another of its columns; the values are held by the renamed key and come back under the old names.
CREATE TABLE clients (
    client_no integer PRIMARY KEY,
    name text NOT NULL,
    fax_number text
);
