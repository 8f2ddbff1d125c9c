-- No-op: lower-case keywords, odd whitespace, unquoted identifiers.
create table line_items(id integer primary key,order_id integer not null,
    qty integer not null default 1   ,price numeric(10,2));
create index line_items_order_id_idx on line_items(order_id);
