-- The floor for `cargo bench --bench submit` on PostgreSQL: the rows one
-- submission writes, in one transaction, with nothing else (no HTTP, no checks).
--   createdb floor && PASSERELLE__DATABASE__URL=postgres://…/floor passerelle migrate
--   psql floor -c "INSERT INTO outbox (unit_id, kind, created_at, attempts, next_attempt_at) VALUES (1, 'report', now(), 0, now())"
--   pgbench -n -c 8 -j 2 -t 250 -f benches/submit_floor.sql floor
BEGIN;
UPDATE audit_head SET seq = seq WHERE id = 1;
INSERT INTO pow_redeemed (nonce, misses, purge_after) VALUES (md5(random()::text || clock_timestamp()::text), 0, 0);
INSERT INTO write_budget (scope, hour, writes, bytes) VALUES ('all', 1, 1, 2400) ON CONFLICT (scope, hour) DO UPDATE SET writes = write_budget.writes + 1, bytes = write_budget.bytes + 2400;
INSERT INTO write_budget (scope, hour, writes, bytes) VALUES ('unit:1', 1, 1, 2400) ON CONFLICT (scope, hour) DO UPDATE SET writes = write_budget.writes + 1, bytes = write_budget.bytes + 2400;
WITH r AS (INSERT INTO report (case_ref, unit_id, category, language, urgent, status, lookup_digest, reply_recipient, created_at, updated_at, referral_consent)
  VALUES (md5(random()::text || clock_timestamp()::text), 1, 'gbv', 'fr', false, 'received', decode(md5(random()::text || clock_timestamp()::text), 'hex'), 'age1x', date_trunc('hour', now()), date_trunc('hour', now()), false) RETURNING id),
 m AS (INSERT INTO message (report_id, sender, envelope, created_at, key_set) SELECT id, 'reporter', decode(repeat('ab', 2400), 'hex'), date_trunc('hour', now()), 1 FROM r)
INSERT INTO status_change (report_id, status, at) SELECT id, 'received', date_trunc('hour', now()) FROM r;
SELECT id FROM outbox WHERE unit_id = 1 AND sent_at IS NULL AND kind = 'report' LIMIT 1;
INSERT INTO audit_log (seq, at, actor, action, subject, prev_hash, hash) VALUES ((SELECT seq + 1 FROM audit_head WHERE id = 1), now(), 'reporter', 'report.create', 'x', '\x00', '\x00');
UPDATE audit_head SET seq = seq + 1 WHERE id = 1;
COMMIT;
