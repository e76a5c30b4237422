DROP TABLE tms;
DROP TABLE tms_devices;
DROP TABLE tms_cas;
