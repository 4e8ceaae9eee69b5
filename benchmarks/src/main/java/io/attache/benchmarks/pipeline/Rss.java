package io.attache.benchmarks.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/** Resident set sizes from /proc: VmRSS of a process, of a process tree, and which process listens on a port. */
public final class Rss {
    private Rss() {
    }

    /** VmRSS in KiB, 0 if the process is gone. */
    public static long rssKib(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (IOException | RuntimeException e) {
            // gone
        }
        return 0;
    }

    /**
     * Proportional set size in KiB (/proc/PID/smaps_rollup): shared pages divided among the processes sharing them,
     * so a sum over PostgreSQL's processes counts its shared buffers once; 0 if unreadable.
     */
    public static long pssKib(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "smaps_rollup"))) {
                if (line.startsWith("Pss:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (IOException | RuntimeException e) {
            // gone, or an old kernel
        }
        return 0;
    }

    public static long treePssKib(long root) {
        return tree(root).stream().mapToLong(Rss::pssKib).sum();
    }

    /** The process and all its descendants (PostgreSQL: the postmaster and its backends and workers). */
    public static List<Long> tree(long root) {
        Map<Long, List<Long>> children = new HashMap<>();
        try (Stream<Path> procs = Files.list(Path.of("/proc"))) {
            procs.filter(p -> p.getFileName().toString().matches("\\d+")).forEach(p -> {
                try {
                    String stat = Files.readString(p.resolve("stat"));
                    String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                    children.computeIfAbsent(Long.parseLong(f[1]), k -> new ArrayList<>())
                            .add(Long.parseLong(p.getFileName().toString()));
                } catch (IOException | RuntimeException e) {
                    // gone
                }
            });
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        List<Long> all = new ArrayList<>();
        List<Long> todo = new ArrayList<>(List.of(root));
        while (!todo.isEmpty()) {
            long pid = todo.remove(todo.size() - 1);
            all.add(pid);
            todo.addAll(children.getOrDefault(pid, List.of()));
        }
        return all;
    }

    public static long treeRssKib(long root) {
        return tree(root).stream().mapToLong(Rss::rssKib).sum();
    }

    /** The pid of the process listening on the TCP port (on any address), or -1. */
    public static long listener(int port) {
        Set<String> inodes = new HashSet<>();
        for (String table : new String[] {"/proc/net/tcp", "/proc/net/tcp6"}) {
            try {
                for (String line : Files.readAllLines(Path.of(table))) {
                    String[] f = line.trim().split("\\s+");
                    if (f.length < 10 || !"0A".equals(f[3])) {
                        continue;
                    }
                    String local = f[1];
                    if (Integer.parseInt(local.substring(local.lastIndexOf(':') + 1), 16) == port) {
                        inodes.add("socket:[" + f[9] + "]");
                    }
                }
            } catch (IOException | RuntimeException e) {
                // no IPv6
            }
        }
        if (inodes.isEmpty()) {
            return -1;
        }
        try (Stream<Path> procs = Files.list(Path.of("/proc"))) {
            for (Path p : (Iterable<Path>) procs.filter(x -> x.getFileName().toString().matches("\\d+"))::iterator) {
                try (Stream<Path> fds = Files.list(p.resolve("fd"))) {
                    for (Path fd : (Iterable<Path>) fds::iterator) {
                        try {
                            if (inodes.contains(Files.readSymbolicLink(fd).toString())) {
                                return Long.parseLong(p.getFileName().toString());
                            }
                        } catch (IOException e) {
                            // closed meanwhile
                        }
                    }
                } catch (IOException | RuntimeException e) {
                    // gone or not ours
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return -1;
    }
}
