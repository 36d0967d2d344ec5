package dev.retort.cli;

import dev.retort.RevisionInfo;
import dev.retort.Status;
import dev.retort.StepResult;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Text and JSON shapes shared by the reporting subcommands. Stateless. */
final class Printing {

    private Printing() {
    }

    /** A JSON object of the keys and values given in turn, in that order (values may be null). */
    static Map<String, Object> object(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    static String line(RevisionInfo info) {
        String marks = info.marks().isEmpty() ? "" : " " + info.marks();
        String parents = info.parents().isEmpty() ? "<base>" : String.join(", ", info.parents());
        return parents + " -> " + info.id() + marks + ": " + info.message();
    }

    static Map<String, Object> json(RevisionInfo info) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("revision", info.id());
        map.put("parents", info.parents());
        map.put("message", info.message());
        map.put("path", info.location());
        map.put("branch_labels", info.labels());
        map.put("applied", info.applied());
        map.put("current", info.current());
        map.put("head", info.head());
        map.put("failed", info.failed());
        return map;
    }

    /** One step of an upgrade or downgrade. */
    static Map<String, Object> json(StepResult step) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("revision", step.revision());
        map.put("message", step.message());
        map.put("path", step.location());
        map.put("direction", step.direction().verb());
        map.put("statements", step.statements());
        map.put("duration_ms", step.executionMillis());
        return map;
    }

    /** What an upgrade or downgrade did: the target and every step applied, in order. */
    static Map<String, Object> steps(String target, List<StepResult> steps) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("target", target);
        map.put("steps", steps.stream().map(Printing::json).toList());
        return map;
    }

    static List<Map<String, Object>> json(List<RevisionInfo> infos) {
        List<Map<String, Object>> list = new ArrayList<>();
        infos.forEach(i -> list.add(json(i)));
        return list;
    }

    static Map<String, Object> json(Status status) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("up_to_date", status.upToDate());
        map.put("current", status.currentHeads());
        map.put("heads", status.heads());
        map.put("pending", status.pending());
        map.put("problems", status.problems());
        map.put("revisions", json(status.revisions()));
        return map;
    }
}
