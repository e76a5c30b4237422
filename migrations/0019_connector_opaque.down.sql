DROP TABLE connector_opaque;
