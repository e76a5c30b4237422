-- Platform records of TMS (transaction confirmation on an enrolled device): each bank's
-- issuing CA (its private key sealed with OBP_KEY_ENCRYPTION_KEY when set), the devices
-- it certified (the device credential kept only as its SHA-256), and the TMS themselves.
-- Certificates and signatures are base64 of their DER, so both engines store them alike.
CREATE TABLE tms_cas (
    bank_id      VARCHAR(255) PRIMARY KEY,
    certificate  TEXT NOT NULL,
    private      TEXT NOT NULL,
    created_at   TIMESTAMP NOT NULL
);
CREATE TABLE tms_devices (
    id           VARCHAR(26) PRIMARY KEY,
    bank_id      VARCHAR(255) NOT NULL,
    user_id      VARCHAR(255) NOT NULL,
    name         VARCHAR(100) NOT NULL DEFAULT '',
    certificate  TEXT NOT NULL,
    token_hash   VARCHAR(64) NOT NULL,
    created_at   TIMESTAMP NOT NULL,
    not_after    TIMESTAMP NOT NULL,
    revoked_at   TIMESTAMP NULL
);
CREATE INDEX tms_devices_user ON tms_devices (bank_id, user_id, created_at);
CREATE TABLE tms (
    id                                   VARCHAR(26) PRIMARY KEY,
    bank_id                              VARCHAR(255) NOT NULL,
    user_id                              VARCHAR(255) NOT NULL,
    consumer_id                          VARCHAR(255) NOT NULL DEFAULT '',
    text                                 TEXT NOT NULL,
    external                             BOOLEAN NOT NULL DEFAULT FALSE,
    data                                 TEXT NOT NULL DEFAULT '{}',
    retrieval_timeout                    INTEGER NOT NULL,
    tms_timeout                          INTEGER NOT NULL,
    require_explicit_authentication      BOOLEAN NOT NULL DEFAULT FALSE,
    require_freshness_of_authentication  INTEGER NOT NULL DEFAULT -1,
    audit_message                        TEXT NOT NULL DEFAULT '',
    status                               VARCHAR(16) NOT NULL,
    started_at                           TIMESTAMP NOT NULL,
    retrieve_by                          TIMESTAMP NOT NULL,
    retrieved_at                         TIMESTAMP NULL,
    answer_by                            TIMESTAMP NULL,
    completed_at                         TIMESTAMP NULL,
    completed_by                         VARCHAR(26) NOT NULL DEFAULT '',
    signed_data                          TEXT NOT NULL DEFAULT ''
);
-- A device lists its user's pending TMS at the bank.
CREATE INDEX tms_user_status ON tms (bank_id, user_id, status, started_at);
