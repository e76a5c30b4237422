DROP TABLE kyc_submissions;
DROP TABLE kyc_partners;
