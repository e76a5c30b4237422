-- Transaction requests (platform records), their challenges, the notification outbox,
-- idempotency keys, and account attributes (core banking, read by the connector).
CREATE TABLE transaction_requests (
    id                  VARCHAR(36) PRIMARY KEY,
    bank_id             VARCHAR(255) NOT NULL,
    account_id          VARCHAR(255) NOT NULL,
    view_id             VARCHAR(100) NOT NULL,
    type                VARCHAR(32) NOT NULL,
    status              VARCHAR(32) NOT NULL,
    currency            VARCHAR(3) NOT NULL,
    amount              BIGINT NOT NULL,
    to_bank_id          VARCHAR(255) NOT NULL DEFAULT '',
    to_account_id       VARCHAR(255) NOT NULL DEFAULT '',
    counterparty_id     VARCHAR(36) NOT NULL DEFAULT '',
    refund_of           VARCHAR(36) NOT NULL DEFAULT '',
    external            BOOLEAN NOT NULL DEFAULT FALSE,
    description         VARCHAR(2048) NOT NULL DEFAULT '',
    charge_policy       VARCHAR(16) NOT NULL DEFAULT 'SHARED',
    details             TEXT NOT NULL,
    transaction_id      VARCHAR(36) NOT NULL DEFAULT '',
    failure             VARCHAR(512) NOT NULL DEFAULT '',
    required_answers    INTEGER NOT NULL DEFAULT 1,
    created_by_user_id  VARCHAR(36) NOT NULL,
    consumer_id         VARCHAR(36) NOT NULL DEFAULT '',
    created_at          TIMESTAMP NOT NULL,
    updated_at          TIMESTAMP NOT NULL
);
CREATE INDEX transaction_requests_account ON transaction_requests (bank_id, account_id, created_at);
CREATE INDEX transaction_requests_refund_of ON transaction_requests (refund_of);
-- the reconciler looks for requests left PROCESSING
CREATE INDEX transaction_requests_status ON transaction_requests (status, updated_at);

CREATE TABLE challenges (
    id                  VARCHAR(36) PRIMARY KEY,
    purpose             VARCHAR(32) NOT NULL,
    purpose_id          VARCHAR(36) NOT NULL,
    challenge_type      VARCHAR(64) NOT NULL,
    method              VARCHAR(32) NOT NULL,
    user_id             VARCHAR(36) NOT NULL,
    status              VARCHAR(16) NOT NULL,
    answer_hash         VARCHAR(128) NOT NULL,
    salt                VARCHAR(64) NOT NULL,
    attempts_left       INTEGER NOT NULL,
    expires_at          TIMESTAMP NOT NULL,
    created_at          TIMESTAMP NOT NULL
);
CREATE INDEX challenges_purpose ON challenges (purpose, purpose_id);

CREATE TABLE outbox (
    id          VARCHAR(36) PRIMARY KEY,
    channel     VARCHAR(16) NOT NULL,
    recipient   VARCHAR(255) NOT NULL,
    subject     VARCHAR(255) NOT NULL DEFAULT '',
    body        TEXT NOT NULL,
    created_at  TIMESTAMP NOT NULL
);
CREATE INDEX outbox_created ON outbox (created_at);

CREATE TABLE idempotency_keys (
    user_id        VARCHAR(36) NOT NULL,
    idem_key       VARCHAR(255) NOT NULL,
    request_hash   VARCHAR(64) NOT NULL,
    status_code    INTEGER NOT NULL DEFAULT 0,
    response_body  TEXT NOT NULL DEFAULT '',
    created_at     TIMESTAMP NOT NULL,
    PRIMARY KEY (user_id, idem_key)
);
CREATE INDEX idempotency_keys_created ON idempotency_keys (created_at);

CREATE TABLE account_attributes (
    id            VARCHAR(36) PRIMARY KEY,
    bank_id       VARCHAR(255) NOT NULL,
    account_id    VARCHAR(255) NOT NULL,
    product_code  VARCHAR(64) NOT NULL DEFAULT '',
    name          VARCHAR(100) NOT NULL,
    type          VARCHAR(32) NOT NULL,
    value         VARCHAR(1024) NOT NULL,
    FOREIGN KEY (bank_id, account_id) REFERENCES accounts(bank_id, id) ON DELETE CASCADE
);
CREATE UNIQUE INDEX account_attributes_name ON account_attributes (bank_id, account_id, name);
