-- Platform records: counterparty limits (OBP v5.1.0) and what payments used of them. They
-- live beside transaction_requests so that a payment, the check of its limit and its
-- usage row are one database transaction. Amounts are minor units of the limit's
-- currency; 0 sets no cap of that kind.
CREATE TABLE counterparty_limits (
    id                                  VARCHAR(36) PRIMARY KEY,
    bank_id                             VARCHAR(255) NOT NULL,
    account_id                          VARCHAR(255) NOT NULL,
    view_id                             VARCHAR(100) NOT NULL,
    counterparty_id                     VARCHAR(36) NOT NULL,
    currency                            VARCHAR(3) NOT NULL,
    max_single_amount                   BIGINT NOT NULL DEFAULT 0,
    max_monthly_amount                  BIGINT NOT NULL DEFAULT 0,
    max_number_of_monthly_transactions  BIGINT NOT NULL DEFAULT 0,
    max_yearly_amount                   BIGINT NOT NULL DEFAULT 0,
    max_number_of_yearly_transactions   BIGINT NOT NULL DEFAULT 0,
    max_total_amount                    BIGINT NOT NULL DEFAULT 0,
    max_number_of_transactions          BIGINT NOT NULL DEFAULT 0,
    created_at                          TIMESTAMP NOT NULL,
    CHECK (max_single_amount >= 0 AND max_monthly_amount >= 0 AND max_number_of_monthly_transactions >= 0
       AND max_yearly_amount >= 0 AND max_number_of_yearly_transactions >= 0 AND max_total_amount >= 0
       AND max_number_of_transactions >= 0)
);
-- One limit per account, view and counterparty; its leading columns also answer "has this
-- view any limit on the account" (a limited view pays only its limited counterparties).
CREATE UNIQUE INDEX counterparty_limits_target ON counterparty_limits (bank_id, account_id, view_id, counterparty_id);

-- One row per transaction request paid under a limit, written with the request. A request
-- that FAILED, was REJECTED or CANCELLED stops counting through its status; a discarded
-- request takes its row with it.
CREATE TABLE counterparty_limit_usage (
    transaction_request_id  VARCHAR(36) PRIMARY KEY REFERENCES transaction_requests(id) ON DELETE CASCADE,
    limit_id                VARCHAR(36) NOT NULL REFERENCES counterparty_limits(id) ON DELETE CASCADE,
    amount                  BIGINT NOT NULL CHECK (amount > 0),
    created_at              TIMESTAMP NOT NULL
);
CREATE INDEX counterparty_limit_usage_window ON counterparty_limit_usage (limit_id, created_at);
