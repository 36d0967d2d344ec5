package dev.retort.script;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The {@code created} time as Retort writes it, {@code 2026-11-24T10:10:00Z}, read without
 * {@code DateTimeFormatter}: building the ISO formatter and parsing with it costs a fresh JVM more
 * than the rest of a script's header. Anything else is left to {@link Instant#parse}. Stateless.
 */
final class Timestamps {

    private Timestamps() {
    }

    /** The instant, or {@code null} when the text is not exactly in the written form. */
    static Instant parseWritten(String text) {
        if (text.length() != 20 || text.charAt(4) != '-' || text.charAt(7) != '-' || text.charAt(10) != 'T'
                || text.charAt(13) != ':' || text.charAt(16) != ':' || text.charAt(19) != 'Z') {
            return null;
        }
        int year = number(text, 0, 4);
        int month = number(text, 5, 7);
        int day = number(text, 8, 10);
        int hour = number(text, 11, 13);
        int minute = number(text, 14, 16);
        int second = number(text, 17, 19);
        if (year < 0 || month < 0 || day < 0 || hour < 0 || hour > 23 || minute < 0 || minute > 59
                || second < 0 || second > 59) {
            return null;
        }
        try {
            long days = LocalDate.of(year, month, day).toEpochDay();
            return Instant.ofEpochSecond(days * 86_400L + hour * 3_600L + minute * 60L + second);
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** The decimal digits between from and to, or -1 when one is not a digit. */
    private static int number(String text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }
}
