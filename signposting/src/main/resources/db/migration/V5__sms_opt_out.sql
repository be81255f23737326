-- Numbers that texted STOP (or an equivalent): no text of any kind goes to them until they text START again.
-- One row per number, kept while opted out: it is the record that we must not text them.
create table sms_opt_out (
    phone           varchar(16)     not null primary key,
    opted_out_at    timestamp with time zone not null,
    how             varchar(40)     not null
);
