DROP TABLE account_attributes;
DROP TABLE idempotency_keys;
DROP TABLE outbox;
DROP TABLE challenges;
DROP TABLE transaction_requests;
