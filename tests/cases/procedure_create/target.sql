-- Creating a procedure that commits in a loop.
CREATE TABLE queue (
    id bigint PRIMARY KEY,
    done boolean NOT NULL DEFAULT false
);

CREATE PROCEDURE purge_done(batch integer DEFAULT 1000)
    LANGUAGE plpgsql
AS $$
BEGIN
    LOOP
        DELETE FROM queue WHERE id IN (SELECT id FROM queue WHERE done LIMIT batch);
        EXIT WHEN NOT FOUND;
        COMMIT;
    END LOOP;
END;
$$;
