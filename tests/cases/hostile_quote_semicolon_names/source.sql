-- Names that contain double quotes, semicolons and comment markers ("a""b;--").
CREATE TABLE "a""b;--" (
    "id;DROP TABLE x" integer PRIMARY KEY,
    "it's" text
);
