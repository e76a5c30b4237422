DROP TABLE method_routings;
