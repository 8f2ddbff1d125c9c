-- Unquoted names with characters beyond U+FFFF (4 bytes in UTF-8), which PostgreSQL's scanner
-- takes as it takes any byte from 0x80; ASCII letters in them fold to lower case.
CREATE TABLE t😀 (id integer NOT NULL PRIMARY KEY, x😀 integer, Z𝄞 text);
CREATE INDEX ix😀 ON t😀 (x😀);
