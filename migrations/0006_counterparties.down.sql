DROP TABLE counterparties;
