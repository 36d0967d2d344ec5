/**
 * Statements and their splitting by each dialect's lexical rules, and connections (not exported: used by the core
 * only).
 */
package dev.retort.sql;
