DROP TABLE customer_attributes;
DROP TABLE user_customer_links;
DROP TABLE customers;
