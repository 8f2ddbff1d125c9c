-- Rule: keywords are case-insensitive; pg_dump prints them upper case.
create table products (
    ID          Serial Primary Key,
    sku         VarChar(32) Not Null Unique,
    Title       TEXT not null,
    price       Numeric(10,2) NOT NULL,
    In_Stock    Boolean Default TRUE,
    updated_at  TimeStampTz
);

Create Index products_title_idx On Products Using BTREE (Title);

ALTER table Products add Column Weight_Grams Int;
Alter Table products Alter Column weight_grams Set Not Null;
