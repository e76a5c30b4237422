-- Platform records for identity and access: users, consumers (apps), DirectLogin tokens,
-- entitlements and entitlement requests, server secrets and rate-limit counters.
CREATE TABLE users (
    id                 VARCHAR(36) PRIMARY KEY,
    provider           VARCHAR(255) NOT NULL,
    username           VARCHAR(100) NOT NULL,
    email              VARCHAR(255) NOT NULL,
    first_name         VARCHAR(100) NOT NULL DEFAULT '',
    last_name          VARCHAR(100) NOT NULL DEFAULT '',
    password_hash      VARCHAR(255) NOT NULL,
    failed_logins      INTEGER NOT NULL DEFAULT 0,
    last_failure_at    TIMESTAMP NULL,
    locked_at          TIMESTAMP NULL,
    created_at         TIMESTAMP NOT NULL
);
CREATE UNIQUE INDEX users_provider_username ON users (provider, username);

CREATE TABLE consumers (
    id                 VARCHAR(36) PRIMARY KEY,
    consumer_key       VARCHAR(64) NOT NULL,
    secret_hash        VARCHAR(128) NOT NULL,
    app_name           VARCHAR(255) NOT NULL,
    app_type           VARCHAR(64) NOT NULL DEFAULT '',
    description        VARCHAR(2048) NOT NULL DEFAULT '',
    developer_email    VARCHAR(255) NOT NULL DEFAULT '',
    redirect_url       VARCHAR(1024) NOT NULL DEFAULT '',
    client_certificate TEXT NOT NULL DEFAULT '',
    created_by_user_id VARCHAR(36) NOT NULL DEFAULT '',
    enabled            BOOLEAN NOT NULL,
    per_minute_limit   INTEGER NOT NULL DEFAULT -1,
    per_hour_limit     INTEGER NOT NULL DEFAULT -1,
    created_at         TIMESTAMP NOT NULL
);
CREATE UNIQUE INDEX consumers_key ON consumers (consumer_key);
CREATE INDEX consumers_created_by ON consumers (created_by_user_id);

CREATE TABLE tokens (
    id           VARCHAR(36) PRIMARY KEY,
    user_id      VARCHAR(36) NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    consumer_id  VARCHAR(36) NOT NULL REFERENCES consumers(id) ON DELETE CASCADE,
    created_at   TIMESTAMP NOT NULL,
    expires_at   TIMESTAMP NOT NULL,
    revoked_at   TIMESTAMP NULL
);
CREATE INDEX tokens_user ON tokens (user_id);
CREATE INDEX tokens_expires ON tokens (expires_at);

CREATE TABLE entitlements (
    id          VARCHAR(36) PRIMARY KEY,
    user_id     VARCHAR(36) NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    bank_id     VARCHAR(255) NOT NULL DEFAULT '',
    role_name   VARCHAR(100) NOT NULL,
    created_at  TIMESTAMP NOT NULL
);
CREATE UNIQUE INDEX entitlements_user_bank_role ON entitlements (user_id, bank_id, role_name);
CREATE INDEX entitlements_bank ON entitlements (bank_id);

CREATE TABLE entitlement_requests (
    id          VARCHAR(36) PRIMARY KEY,
    user_id     VARCHAR(36) NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    bank_id     VARCHAR(255) NOT NULL DEFAULT '',
    role_name   VARCHAR(100) NOT NULL,
    created_at  TIMESTAMP NOT NULL
);
CREATE UNIQUE INDEX entitlement_requests_user_bank_role ON entitlement_requests (user_id, bank_id, role_name);
CREATE INDEX entitlement_requests_created ON entitlement_requests (created_at);

CREATE TABLE server_secrets (
    name        VARCHAR(64) PRIMARY KEY,
    value       VARCHAR(512) NOT NULL,
    created_at  TIMESTAMP NOT NULL
);

CREATE TABLE rate_limit_counters (
    consumer_id   VARCHAR(36) NOT NULL,
    period        VARCHAR(8) NOT NULL,
    window_start  BIGINT NOT NULL,
    calls         INTEGER NOT NULL,
    PRIMARY KEY (consumer_id, period, window_start)
);
CREATE INDEX rate_limit_counters_window ON rate_limit_counters (window_start);
