-- retort:revision 50ccdb770e77
-- retort:parents
-- retort:message model changes
-- retort:created 2026-12-07T22:10:55Z
-- retort:generated true

-- retort:upgrade
-- create table owners
CREATE TABLE `owners` (
    `id` int NOT NULL AUTO_INCREMENT,
    `address` varchar(255) NOT NULL,
    `city` varchar(255) NOT NULL,
    `first_name` varchar(255) NOT NULL,
    `last_name` varchar(255) NOT NULL,
    `telephone` varchar(255) NOT NULL,
    PRIMARY KEY (`id`)
);

-- create table specialties
CREATE TABLE `specialties` (
    `id` int NOT NULL AUTO_INCREMENT,
    `name` varchar(255) NOT NULL,
    PRIMARY KEY (`id`)
);

-- create table types
CREATE TABLE `types` (
    `id` int NOT NULL AUTO_INCREMENT,
    `name` varchar(255) NOT NULL,
    PRIMARY KEY (`id`)
);

-- create table pets
CREATE TABLE `pets` (
    `birth_date` date,
    `id` int NOT NULL AUTO_INCREMENT,
    `owner_id` int,
    `type_id` int,
    `name` varchar(255) NOT NULL,
    PRIMARY KEY (`id`),
    KEY `FK6teg4kcjcnjhduguft56wcfoa` (`owner_id`),
    KEY `FKtmmh1tq8pah5vxf8kuqqplo4p` (`type_id`),
    CONSTRAINT `FK6teg4kcjcnjhduguft56wcfoa` FOREIGN KEY (`owner_id`) REFERENCES `owners` (`id`) ON DELETE RESTRICT ON UPDATE RESTRICT,
    CONSTRAINT `FKtmmh1tq8pah5vxf8kuqqplo4p` FOREIGN KEY (`type_id`) REFERENCES `types` (`id`) ON DELETE RESTRICT ON UPDATE RESTRICT
);

-- create table vets
CREATE TABLE `vets` (
    `id` int NOT NULL AUTO_INCREMENT,
    `first_name` varchar(255) NOT NULL,
    `last_name` varchar(255) NOT NULL,
    PRIMARY KEY (`id`)
);

-- create table vet_specialties
CREATE TABLE `vet_specialties` (
    `specialty_id` int NOT NULL,
    `vet_id` int NOT NULL,
    PRIMARY KEY (`specialty_id`, `vet_id`),
    KEY `FKby1c0fbaa0byaifi63vt18sx9` (`vet_id`),
    CONSTRAINT `FK35uiboyrpfn1bndrr5jorcj0m` FOREIGN KEY (`specialty_id`) REFERENCES `specialties` (`id`) ON DELETE RESTRICT ON UPDATE RESTRICT,
    CONSTRAINT `FKby1c0fbaa0byaifi63vt18sx9` FOREIGN KEY (`vet_id`) REFERENCES `vets` (`id`) ON DELETE RESTRICT ON UPDATE RESTRICT
);

-- create table visits
CREATE TABLE `visits` (
    `id` int NOT NULL AUTO_INCREMENT,
    `pet_id` int,
    `visit_date` date,
    `description` varchar(255) NOT NULL,
    PRIMARY KEY (`id`),
    KEY `FK6jcifhlqqlsfseu67utlouauy` (`pet_id`),
    CONSTRAINT `FK6jcifhlqqlsfseu67utlouauy` FOREIGN KEY (`pet_id`) REFERENCES `pets` (`id`) ON DELETE RESTRICT ON UPDATE RESTRICT
);

-- retort:downgrade
-- drop table visits
-- DESTRUCTIVE: drops table visits and every row in it
DROP TABLE `visits`;

-- drop table vet_specialties
-- DESTRUCTIVE: drops table vet_specialties and every row in it
DROP TABLE `vet_specialties`;

-- drop table vets
-- DESTRUCTIVE: drops table vets and every row in it
DROP TABLE `vets`;

-- drop table pets
-- DESTRUCTIVE: drops table pets and every row in it
DROP TABLE `pets`;

-- drop table types
-- DESTRUCTIVE: drops table types and every row in it
DROP TABLE `types`;

-- drop table specialties
-- DESTRUCTIVE: drops table specialties and every row in it
DROP TABLE `specialties`;

-- drop table owners
-- DESTRUCTIVE: drops table owners and every row in it
DROP TABLE `owners`;

-- retort:end
