package dev.retort.reflect;

/** What to read. Placeholder until the reflection issue defines filters. */
public record ReflectOptions() {
}
