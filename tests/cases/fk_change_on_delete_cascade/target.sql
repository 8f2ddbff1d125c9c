-- Changing an FK's action to ON DELETE CASCADE.
CREATE TABLE posts (
    id integer PRIMARY KEY
);

CREATE TABLE comments (
    id integer PRIMARY KEY,
    post_id integer NOT NULL,
    CONSTRAINT comments_post_id_fkey FOREIGN KEY (post_id) REFERENCES posts (id) ON DELETE CASCADE
);
