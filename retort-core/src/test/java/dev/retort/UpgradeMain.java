package dev.retort;

/** A separate process that upgrades a project to head: used to test several processes at once. */
public final class UpgradeMain {

    private UpgradeMain() {
    }

    public static void main(String[] args) {
        RetortBuilder builder = Retort.builder().projectDirectory(java.nio.file.Path.of(args[0])).readEnvironment(false)
                .url(args[1]);
        if (!"null".equals(args[2])) {
            builder.user(args[2]);
        }
        if (!"null".equals(args[3])) {
            builder.password(args[3]);
        }
        System.out.println(builder.build().upgrade("head").size());
    }
}
