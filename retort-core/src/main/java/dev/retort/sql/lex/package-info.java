/**
 * Retort's one SQL lexer ({@link dev.retort.sql.lex.SqlLexer}) and the lexical rules of a database
 * family ({@link dev.retort.sql.lex.SqlFlavour}), shared by the statement splitter, the checksum
 * normaliser, the catalog readers, the SQL model and the diff. Pure: no I/O, depends on nothing of Retort.
 */
package dev.retort.sql.lex;
