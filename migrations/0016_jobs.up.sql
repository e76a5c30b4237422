-- Durable background jobs (KYC processing, partner callbacks, ...) claimed by workers in
-- any process under a lease, and the log of every callback delivery attempt.
CREATE TABLE jobs (
    id           VARCHAR(36) PRIMARY KEY,
    kind         VARCHAR(64) NOT NULL,
    dedupe_key   VARCHAR(255),
    payload      TEXT NOT NULL,
    status       VARCHAR(16) NOT NULL,
    attempts     INTEGER NOT NULL DEFAULT 0,
    max_attempts INTEGER NOT NULL,
    run_at       TIMESTAMP NOT NULL,
    lease_until  TIMESTAMP,
    last_error   VARCHAR(2000) NOT NULL DEFAULT '',
    created_at   TIMESTAMP NOT NULL,
    updated_at   TIMESTAMP NOT NULL
);
-- Claiming: due pending jobs by run_at, abandoned running jobs by lease_until.
CREATE INDEX jobs_claim_due ON jobs (status, run_at);
CREATE INDEX jobs_claim_abandoned ON jobs (status, lease_until);
-- Enqueuing the same work twice is one job; NULL keys never collide.
CREATE UNIQUE INDEX jobs_dedupe_key ON jobs (dedupe_key);
CREATE INDEX jobs_kind_created ON jobs (kind, created_at);

CREATE TABLE delivery_attempts (
    delivery_id VARCHAR(36) NOT NULL REFERENCES jobs(id) ON DELETE CASCADE,
    attempt     INTEGER NOT NULL,
    at          TIMESTAMP NOT NULL,
    http_status INTEGER NOT NULL DEFAULT 0,
    error       VARCHAR(2000) NOT NULL DEFAULT '',
    duration_ms BIGINT NOT NULL,
    PRIMARY KEY (delivery_id, attempt)
);
