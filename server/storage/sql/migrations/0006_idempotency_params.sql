-- Issue 9: an idempotency key stands for one request. The SHA-256 of the method and its canonical
-- parameters is stored with it, so that a retry under the same key with other parameters is refused
-- (conflict.idempotency_key) instead of answered with the first request's result. Keys stored
-- before this migration have NULL and are answered as before.
ALTER TABLE idempotency ADD COLUMN params_hash TEXT;
