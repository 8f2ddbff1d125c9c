-- Three new tables in an FK cycle a -> b -> c -> a.
CREATE SCHEMA app;
COMMENT ON SCHEMA app IS 'Library application';

CREATE TABLE app.authors (
    id integer PRIMARY KEY,
    favourite_book_id integer
);

CREATE TABLE app.books (
    id integer PRIMARY KEY,
    latest_review_id integer
);

CREATE TABLE app.reviews (
    id integer PRIMARY KEY,
    author_id integer NOT NULL REFERENCES app.authors (id)
);

ALTER TABLE app.authors ADD CONSTRAINT authors_favourite_book_fkey
    FOREIGN KEY (favourite_book_id) REFERENCES app.books (id);
ALTER TABLE app.books ADD CONSTRAINT books_latest_review_fkey
    FOREIGN KEY (latest_review_id) REFERENCES app.reviews (id) DEFERRABLE INITIALLY DEFERRED;
