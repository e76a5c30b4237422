-- The KYC partner submission pipeline: the apps registered as partners at a bank (with
-- their sealed callback secrets) and the submissions they push. Files live in object
-- storage under object_key; nothing here is served publicly.
CREATE TABLE kyc_partners (
    consumer_id      VARCHAR(36) NOT NULL,
    bank_id          VARCHAR(255) NOT NULL,
    callback_url     VARCHAR(2048) NOT NULL DEFAULT '',
    callback_secret  TEXT NOT NULL,
    created_at       TIMESTAMP NOT NULL,
    PRIMARY KEY (consumer_id, bank_id)
);

CREATE TABLE kyc_submissions (
    id                  VARCHAR(36) PRIMARY KEY,
    consumer_id         VARCHAR(36) NOT NULL,
    bank_id             VARCHAR(255) NOT NULL,
    customer_id         VARCHAR(36) NOT NULL,
    type                VARCHAR(64) NOT NULL,
    family              VARCHAR(16) NOT NULL,
    max_bytes           BIGINT NOT NULL,
    status              VARCHAR(16) NOT NULL,
    partner_session_id  VARCHAR(255) NOT NULL DEFAULT '',
    object_key          VARCHAR(512) NOT NULL DEFAULT '',
    content_type        VARCHAR(64) NOT NULL DEFAULT '',
    size                BIGINT NOT NULL DEFAULT 0,
    sha256              VARCHAR(64) NOT NULL DEFAULT '',
    reasons             TEXT NOT NULL DEFAULT '[]',
    callback_id         VARCHAR(36) NOT NULL DEFAULT '',
    created_at          TIMESTAMP NOT NULL,
    updated_at          TIMESTAMP NOT NULL
);
CREATE INDEX kyc_submissions_partner_customer ON kyc_submissions (consumer_id, bank_id, customer_id, created_at);
CREATE INDEX kyc_submissions_customer_type ON kyc_submissions (bank_id, customer_id, type);
