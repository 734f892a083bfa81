-- The feed in commit order (ADR 0015). A revision is inserted with a provisional, negative
-- volgnummer from revisie_voorlopig; just before its transaction commits it gets its place from
-- the one row of feed_positie, whose row lock is held until commit, so the order of places is the
-- order of commits and a reader that sees a place sees every place below it. vastgelegd_op is that
-- commit moment, strictly increasing with volgnummer: what gewijzigdSinds selects on.
alter table revisie add column vastgelegd_op timestamp(6) with time zone;
update revisie set vastgelegd_op = gewijzigd_op;
alter table revisie alter column vastgelegd_op set not null;
alter table revisie alter column volgnummer drop identity;

create sequence revisie_voorlopig start with 1;

create table feed_positie (
    id             integer primary key,
    volgnummer     bigint  not null,
    vastgelegd_op  timestamp(6) with time zone not null
);
insert into feed_positie (id, volgnummer, vastgelegd_op)
select 1,
       coalesce(max(volgnummer), 0),
       coalesce(max(vastgelegd_op), timestamp with time zone '1970-01-01 00:00:00+00')
from revisie;

create index revisie_vastgelegd_op_idx on revisie (vastgelegd_op);
create index revisie_type_vastgelegd_op_idx on revisie (type, vastgelegd_op, sleutel);
