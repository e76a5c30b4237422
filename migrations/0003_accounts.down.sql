DROP TABLE transactions;
DROP TABLE account_holders;
DROP TABLE account_routings;
DROP TABLE accounts;
