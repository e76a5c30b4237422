DROP TABLE counterparty_limit_usage;
DROP TABLE counterparty_limits;
