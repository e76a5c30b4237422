DROP TABLE kyc_statuses;
DROP TABLE kyc_media;
DROP TABLE kyc_checks;
DROP TABLE kyc_documents;
DROP INDEX customers_bank_id;
