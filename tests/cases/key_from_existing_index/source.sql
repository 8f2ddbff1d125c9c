-- Keys built from existing unique indexes (ADD CONSTRAINT ... USING INDEX), as schemas write them.
CREATE TABLE accounts (id integer NOT NULL, email text, note text);
CREATE UNIQUE INDEX accounts_email_idx ON accounts (email);
CREATE TABLE tags (id integer, label text);
