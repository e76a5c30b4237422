-- Core-banking records of the mapped connector: counterparties, the payees an account
-- keeps under one of its views (OBP's explicit counterparties).
CREATE TABLE counterparties (
    id                                       VARCHAR(36) PRIMARY KEY,
    this_bank_id                             VARCHAR(255) NOT NULL,
    this_account_id                          VARCHAR(255) NOT NULL,
    this_view_id                             VARCHAR(100) NOT NULL,
    name                                     VARCHAR(255) NOT NULL,
    description                              VARCHAR(2048) NOT NULL DEFAULT '',
    currency                                 VARCHAR(3) NOT NULL,
    created_by_user_id                       VARCHAR(36) NOT NULL,
    other_account_routing_scheme             VARCHAR(64) NOT NULL DEFAULT '',
    other_account_routing_address            VARCHAR(255) NOT NULL DEFAULT '',
    other_account_secondary_routing_scheme   VARCHAR(64) NOT NULL DEFAULT '',
    other_account_secondary_routing_address  VARCHAR(255) NOT NULL DEFAULT '',
    other_bank_routing_scheme                VARCHAR(64) NOT NULL DEFAULT '',
    other_bank_routing_address               VARCHAR(255) NOT NULL DEFAULT '',
    other_branch_routing_scheme              VARCHAR(64) NOT NULL DEFAULT '',
    other_branch_routing_address             VARCHAR(255) NOT NULL DEFAULT '',
    is_beneficiary                           BOOLEAN NOT NULL DEFAULT FALSE,
    -- JSON array of {"key": ..., "value": ...}
    bespoke                                  TEXT NOT NULL DEFAULT '[]',
    created_at                               TIMESTAMP NOT NULL,
    FOREIGN KEY (this_bank_id, this_account_id) REFERENCES accounts(bank_id, id) ON DELETE CASCADE
);
-- A name identifies one counterparty of an account under one view (checkCounterpartyExists);
-- its leading columns also serve the lookups by account.
CREATE UNIQUE INDEX counterparties_account_view_name ON counterparties (this_bank_id, this_account_id, this_view_id, name);
-- An account's list under one view, oldest first.
CREATE INDEX counterparties_account_view_created ON counterparties (this_bank_id, this_account_id, this_view_id, created_at, id);
