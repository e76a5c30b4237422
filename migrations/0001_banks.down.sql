DROP TABLE bank_attributes;
DROP TABLE bank_routings;
DROP TABLE banks;
