-- The first response to a POST with an Idempotency-Key, so a retry gets it again and creates
-- nothing twice. Keys are per author: two editors may choose the same key.
create table idempotentie (
    auteur         varchar(200) not null,
    sleutel        varchar(200) not null,
    verzoek_hash   varchar(64)  not null,
    status         integer      not null,
    locatie        varchar(2000),
    inhoud         varchar      not null,
    aangemaakt_op  timestamp(6) with time zone not null,
    primary key (auteur, sleutel)
);
