-- One database per service (each service's Flyway creates its tables at start); run once, on an empty volume.
CREATE DATABASE intake;
CREATE DATABASE processing;
CREATE DATABASE sla;
CREATE DATABASE notification;
CREATE DATABASE portalsync;
