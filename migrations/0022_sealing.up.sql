-- Transaction sealing (sealed OTP): each user's sealing keys at a bank, the secret sealed
-- with OBP_KEY_ENCRYPTION_KEY when set, and every code a key sealed that was accepted.
-- A code is accepted once: the primary key refuses the same (user, key, step, code) again.
CREATE TABLE sealing_keys (
    id          VARCHAR(26) PRIMARY KEY,
    bank_id     VARCHAR(255) NOT NULL,
    user_id     VARCHAR(255) NOT NULL,
    name        VARCHAR(100) NOT NULL DEFAULT '',
    alias       VARCHAR(100) NOT NULL DEFAULT '',
    platform    VARCHAR(100) NOT NULL DEFAULT '',
    version     VARCHAR(100) NOT NULL DEFAULT '',
    secret      TEXT NOT NULL,
    created_at  TIMESTAMP NOT NULL,
    revoked_at  TIMESTAMP NULL
);
CREATE INDEX sealing_keys_user ON sealing_keys (user_id, bank_id, created_at);
CREATE TABLE sealing_codes (
    user_id  VARCHAR(255) NOT NULL,
    key_id   VARCHAR(26) NOT NULL,
    step     BIGINT NOT NULL,
    code     VARCHAR(10) NOT NULL,
    used_at  TIMESTAMP NOT NULL,
    PRIMARY KEY (user_id, key_id, step, code)
);
