-- Rule: array type spellings.
-- int[] / integer ARRAY / int[3] -> integer[]; text[][] -> text[] (dimensions are not kept);
-- varchar(20)[] -> character varying(20)[]
CREATE TABLE survey_answers (
    id          integer PRIMARY KEY,
    scores      int[],
    choices     integer ARRAY,
    fixed_three int[3],
    grid        text[][],
    tags        varchar(20)[],
    flags       boolean[] NOT NULL,
    samples     float8 ARRAY[10],
    stamps      timestamptz[]
);
