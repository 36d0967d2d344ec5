package dev.retort;

/**
 * A separate process that builds a {@link Retort} in library mode (a URL and a location, nothing else) and
 * prints the settings it ended up with: its working directory and environment are the test's to choose.
 */
public final class LibraryConfigMain {

    private LibraryConfigMain() {
    }

    public static void main(String[] args) {
        Retort retort = Retort.builder().url(args[0]).locations(args[1]).build();
        System.out.println(retort.config().versionTable() + " " + retort.config().locations() + " "
                + retort.scripts().size());
    }
}
