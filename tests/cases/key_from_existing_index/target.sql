-- Keys built from existing unique indexes (ADD CONSTRAINT ... USING INDEX), as schemas write them.
CREATE TABLE accounts (id integer NOT NULL, email text, note text);
CREATE UNIQUE INDEX accounts_pkey ON accounts (id);
ALTER TABLE accounts ADD CONSTRAINT accounts_pkey PRIMARY KEY USING INDEX accounts_pkey DEFERRABLE INITIALLY DEFERRED;
CREATE UNIQUE INDEX accounts_email_idx ON accounts (email);
ALTER TABLE accounts ADD CONSTRAINT accounts_email_key UNIQUE USING INDEX accounts_email_idx;
CREATE TABLE tags (id integer, label text);
CREATE UNIQUE INDEX tags_label_idx ON tags ((label)) INCLUDE (id);
ALTER TABLE tags ADD UNIQUE USING INDEX tags_label_idx;
