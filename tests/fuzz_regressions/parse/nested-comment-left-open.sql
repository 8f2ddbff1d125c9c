CREATE TABLE tREATE TABLE t (id int); /* never closed /* nested */
 (id int); /* never closed /* nested */
