-- An Idempotency-Key is bound to the method and path it was first used on (a reuse elsewhere is a
-- 400), and its replay sends the first answer's ETag again. Rows from before keep POST and no
-- path; they expire like every other record, so they are never compared on a path.
alter table idempotentie add column methode varchar(10) default 'POST' not null;
alter table idempotentie add column pad varchar(2000) default '' not null;
alter table idempotentie add column etag varchar(100);

-- Expired records are purged by age (Idempotency.ruimOp).
create index idempotentie_aangemaakt_op on idempotentie (aangemaakt_op);
