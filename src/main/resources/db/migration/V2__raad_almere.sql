-- The council whose pages we serve. Almere has had 45 seats since the 2018
-- election; a term runs from one municipal election day to the next.
insert into raad (id, naam, versie, gewijzigd_op)
values ('almere', 'Gemeenteraad van Almere', 1, timestamp with time zone '2026-11-30 00:00:00+00');

insert into raadsperiode (periode, raad_id, van, tot, zetels) values
    ('2018-2022', 'almere', date '2018-03-21', date '2022-03-15', 45),
    ('2022-2026', 'almere', date '2022-03-16', date '2026-03-17', 45),
    ('2026-2030', 'almere', date '2026-03-18', null, 45);
