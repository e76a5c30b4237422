-- Platform records for consents: the consents themselves (their grants live in
-- account_access and entitlements, held by the consent's own user), the consent requests
-- apps post, and the signing keys of Consent-JWTs (domain/keyring).
CREATE TABLE consents (
    id                 VARCHAR(36) PRIMARY KEY,
    bank_id            VARCHAR(255) NOT NULL DEFAULT '',
    created_by         VARCHAR(36) NOT NULL,
    user_id            VARCHAR(36) NOT NULL,
    consumer_id        VARCHAR(36) NOT NULL,
    request_id         VARCHAR(36) NOT NULL DEFAULT '',
    status             VARCHAR(16) NOT NULL,
    method             VARCHAR(16) NOT NULL,
    claims             TEXT NOT NULL,
    key_id             VARCHAR(64) NOT NULL,
    vrp                BOOLEAN NOT NULL DEFAULT FALSE,
    counterparty_ids   TEXT NOT NULL,
    frequency_per_day  INTEGER NOT NULL DEFAULT 0,
    api_standard       VARCHAR(32) NOT NULL DEFAULT '',
    api_version        VARCHAR(32) NOT NULL DEFAULT '',
    usage_day          VARCHAR(10) NOT NULL DEFAULT '',
    uses_today         INTEGER NOT NULL DEFAULT 0,
    last_used_at       TIMESTAMP NULL,
    last_action_at     TIMESTAMP NOT NULL,
    created_at         TIMESTAMP NOT NULL
);
CREATE INDEX consents_created_by_bank ON consents (created_by, bank_id);
CREATE INDEX consents_consumer ON consents (consumer_id);
CREATE INDEX consents_request ON consents (request_id);
CREATE UNIQUE INDEX consents_user ON consents (user_id);
-- A consent request yields at most one live consent.
CREATE UNIQUE INDEX consents_request_live ON consents (request_id)
    WHERE request_id <> '' AND status IN ('INITIATED', 'ACCEPTED');

CREATE TABLE consent_requests (
    id           VARCHAR(36) PRIMARY KEY,
    consumer_id  VARCHAR(36) NOT NULL,
    kind         VARCHAR(32) NOT NULL,
    payload      TEXT NOT NULL,
    created_at   TIMESTAMP NOT NULL
);
CREATE INDEX consent_requests_consumer ON consent_requests (consumer_id);

-- public is the raw 32-byte key in standard base64; private is sealed (keyring.Sealer).
CREATE TABLE signing_keys (
    id          VARCHAR(64) PRIMARY KEY,
    purpose     VARCHAR(64) NOT NULL,
    algorithm   VARCHAR(16) NOT NULL,
    public      VARCHAR(64) NOT NULL,
    private     TEXT NOT NULL,
    signing     BOOLEAN NOT NULL,
    created_at  TIMESTAMP NOT NULL,
    retired_at  TIMESTAMP NULL
);
-- At most one key of a purpose signs.
CREATE UNIQUE INDEX signing_keys_one_signing ON signing_keys (purpose) WHERE signing;
