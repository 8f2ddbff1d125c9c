CREATE TABLE t (id int); /* never closed /* nested */
