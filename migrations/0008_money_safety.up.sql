-- Money safety (audit findings): system accounts the server owns, routings the bank
-- vouches for, at most one live refund per transaction, one debit leg per transfer.
-- The preflight in connectors/mapped/preflight_0008_money_safety.go refuses to run this
-- on data it must not silently adopt.

-- Settlement accounts are system accounts: marked here by the server, never by a caller,
-- and looked up by this mark rather than by their well-known id.
ALTER TABLE accounts ADD COLUMN system_role VARCHAR(32) NOT NULL DEFAULT '';
UPDATE accounts SET system_role = 'INCOMING_SETTLEMENT'
 WHERE id = 'OBP-INCOMING-SETTLEMENT-ACCOUNT-' || currency AND product_code = 'SETTLEMENT'
   AND NOT EXISTS (SELECT 1 FROM account_holders h WHERE h.bank_id = accounts.bank_id AND h.account_id = accounts.id);
UPDATE accounts SET system_role = 'OUTGOING_SETTLEMENT'
 WHERE id = 'OBP-OUTGOING-SETTLEMENT-ACCOUNT-' || currency AND product_code = 'SETTLEMENT'
   AND NOT EXISTS (SELECT 1 FROM account_holders h WHERE h.bank_id = accounts.bank_id AND h.account_id = accounts.id);
CREATE UNIQUE INDEX accounts_system_role ON accounts (bank_id, system_role, currency) WHERE system_role <> '';

-- Only routings the bank assigned or an administrator set resolve payees. Routings stored
-- before this migration were chosen by whoever opened the account, so they start unverified.
ALTER TABLE account_routings ADD COLUMN verified BOOLEAN NOT NULL DEFAULT FALSE;

-- At most one refund of a transaction is alive (not REJECTED, FAILED or CANCELLED).
CREATE UNIQUE INDEX transaction_requests_live_refund ON transaction_requests (refund_of)
 WHERE refund_of <> '' AND status NOT IN ('REJECTED', 'FAILED', 'CANCELLED');

-- The ledger's own guards: a transfer posts one debit leg, a transaction is refunded once.
ALTER TABLE transactions ADD COLUMN refund_of VARCHAR(36) NOT NULL DEFAULT '';
CREATE UNIQUE INDEX transactions_transfer_debit ON transactions (transfer_id) WHERE amount < 0;
CREATE UNIQUE INDEX transactions_refund_of ON transactions (refund_of) WHERE refund_of <> '' AND amount < 0;

-- An Idempotency-Key's claim is a lease: a request killed in flight no longer blocks its
-- key for 24 h. The resource id reserved at the first claim survives a re-claim, so a
-- retry finds what the interrupted run wrote instead of doing it again.
ALTER TABLE idempotency_keys ADD COLUMN resource_id VARCHAR(36) NOT NULL DEFAULT '';
ALTER TABLE idempotency_keys ADD COLUMN lease_until TIMESTAMP;
