-- API keys for the write API. Only a SHA-256 hash of a key is stored; the key itself is shown
-- once, when it is made.
create table sleutel (
    id              varchar(40)  not null primary key,
    naam            varchar(200) not null unique,
    rol             varchar(20)  not null,
    hash            varchar(64)  not null unique,
    aangemaakt_op   timestamp(6) with time zone not null,
    ingetrokken_op  timestamp(6) with time zone
);
