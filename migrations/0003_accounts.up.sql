-- Core-banking records of the mapped connector: accounts, their routings and holders,
-- and transactions (one row per leg; the two legs of a transfer share transfer_id).
CREATE TABLE accounts (
    bank_id       VARCHAR(255) NOT NULL REFERENCES banks(id),
    id            VARCHAR(255) NOT NULL,
    label         VARCHAR(255) NOT NULL DEFAULT '',
    number        VARCHAR(255) NOT NULL DEFAULT '',
    product_code  VARCHAR(64) NOT NULL DEFAULT '',
    branch_id     VARCHAR(64) NOT NULL DEFAULT '',
    currency      VARCHAR(3) NOT NULL,
    balance       BIGINT NOT NULL DEFAULT 0,
    created_at    TIMESTAMP NOT NULL,
    updated_at    TIMESTAMP NOT NULL,
    PRIMARY KEY (bank_id, id)
);

CREATE TABLE account_routings (
    bank_id     VARCHAR(255) NOT NULL,
    account_id  VARCHAR(255) NOT NULL,
    scheme      VARCHAR(64) NOT NULL,
    address     VARCHAR(255) NOT NULL,
    PRIMARY KEY (bank_id, account_id, scheme),
    FOREIGN KEY (bank_id, account_id) REFERENCES accounts(bank_id, id) ON DELETE CASCADE
);
-- A routing (an IBAN, say) identifies one account on the whole server.
CREATE UNIQUE INDEX account_routings_scheme_address ON account_routings (scheme, address);

CREATE TABLE account_holders (
    bank_id     VARCHAR(255) NOT NULL,
    account_id  VARCHAR(255) NOT NULL,
    user_id     VARCHAR(36) NOT NULL,
    PRIMARY KEY (bank_id, account_id, user_id),
    FOREIGN KEY (bank_id, account_id) REFERENCES accounts(bank_id, id) ON DELETE CASCADE
);
CREATE INDEX account_holders_user ON account_holders (user_id, bank_id);

CREATE TABLE transactions (
    id                 VARCHAR(36) PRIMARY KEY,
    bank_id            VARCHAR(255) NOT NULL,
    account_id         VARCHAR(255) NOT NULL,
    transfer_id        VARCHAR(36) NOT NULL,
    other_bank_id      VARCHAR(255) NOT NULL DEFAULT '',
    other_account_id   VARCHAR(255) NOT NULL DEFAULT '',
    other_holder       VARCHAR(255) NOT NULL DEFAULT '',
    type               VARCHAR(64) NOT NULL,
    description        VARCHAR(2048) NOT NULL DEFAULT '',
    currency           VARCHAR(3) NOT NULL,
    amount             BIGINT NOT NULL,
    new_balance        BIGINT NOT NULL,
    posted_at          TIMESTAMP NOT NULL,
    completed_at       TIMESTAMP NOT NULL,
    created_at         TIMESTAMP NOT NULL,
    FOREIGN KEY (bank_id, account_id) REFERENCES accounts(bank_id, id)
);
CREATE INDEX transactions_account_posted ON transactions (bank_id, account_id, posted_at, id);
CREATE INDEX transactions_transfer ON transactions (transfer_id);
