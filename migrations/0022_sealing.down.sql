DROP TABLE sealing_codes;
DROP TABLE sealing_keys;
