ALTER TABLE idempotency_keys DROP COLUMN lease_until;
ALTER TABLE idempotency_keys DROP COLUMN resource_id;
DROP INDEX transactions_refund_of;
DROP INDEX transactions_transfer_debit;
ALTER TABLE transactions DROP COLUMN refund_of;
DROP INDEX transaction_requests_live_refund;
ALTER TABLE account_routings DROP COLUMN verified;
DROP INDEX accounts_system_role;
ALTER TABLE accounts DROP COLUMN system_role;
