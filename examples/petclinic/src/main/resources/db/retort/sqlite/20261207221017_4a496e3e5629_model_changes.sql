-- retort:revision 4a496e3e5629
-- retort:parents
-- retort:message model changes
-- retort:created 2026-12-07T22:10:17Z
-- retort:generated true

-- retort:upgrade
-- create table owners
CREATE TABLE owners (
    id INTEGER,
    address varchar(255) NOT NULL,
    city varchar(255) NOT NULL,
    first_name varchar(255) NOT NULL,
    last_name varchar(255) NOT NULL,
    telephone varchar(255) NOT NULL,
    PRIMARY KEY (id)
);

-- create table pets
CREATE TABLE pets (
    birth_date date,
    id INTEGER,
    owner_id INTEGER,
    type_id INTEGER,
    name varchar(255) NOT NULL,
    PRIMARY KEY (id)
);

-- create table specialties
CREATE TABLE specialties (
    id INTEGER,
    name varchar(255) NOT NULL,
    PRIMARY KEY (id)
);

-- create table types
CREATE TABLE types (
    id INTEGER,
    name varchar(255) NOT NULL,
    PRIMARY KEY (id)
);

-- create table vet_specialties
CREATE TABLE vet_specialties (
    specialty_id INTEGER NOT NULL,
    vet_id INTEGER NOT NULL,
    PRIMARY KEY (specialty_id, vet_id)
);

-- create table vets
CREATE TABLE vets (
    id INTEGER,
    first_name varchar(255) NOT NULL,
    last_name varchar(255) NOT NULL,
    PRIMARY KEY (id)
);

-- create table visits
CREATE TABLE visits (
    id INTEGER,
    pet_id INTEGER,
    visit_date date,
    description varchar(255) NOT NULL,
    PRIMARY KEY (id)
);

-- retort:downgrade
-- drop table visits
-- DESTRUCTIVE: drops table visits and every row in it
DROP TABLE visits;

-- drop table vets
-- DESTRUCTIVE: drops table vets and every row in it
DROP TABLE vets;

-- drop table vet_specialties
-- DESTRUCTIVE: drops table vet_specialties and every row in it
DROP TABLE vet_specialties;

-- drop table types
-- DESTRUCTIVE: drops table types and every row in it
DROP TABLE types;

-- drop table specialties
-- DESTRUCTIVE: drops table specialties and every row in it
DROP TABLE specialties;

-- drop table pets
-- DESTRUCTIVE: drops table pets and every row in it
DROP TABLE pets;

-- drop table owners
-- DESTRUCTIVE: drops table owners and every row in it
DROP TABLE owners;

-- retort:end
