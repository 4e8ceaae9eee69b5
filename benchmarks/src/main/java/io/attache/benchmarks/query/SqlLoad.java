package io.attache.benchmarks.query;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;

/**
 * The raw-SQL side: the requests' SQL equivalents at a fixed rate (open loop: request i is due at start + i / rate,
 * whether or not earlier ones have finished), over a fixed set of JDBC connections, one request per connection at a
 * time (as query-service's pool hands one connection to one request). Latency is measured from the moment a request
 * was due, not from when a connection became free, so waiting for a connection counts (no coordinated omission).
 * When the database cannot keep up and more than {@code MAX_BACKLOG_SECONDS} of requests are waiting, the run stops
 * early (the rate was not held; going on would only grow the queue).
 */
final class SqlLoad {
    static final double MAX_BACKLOG_SECONDS = 5;

    /**
     * What one run measured: latencies in ms of the measured requests that were sent, how long each waited for a
     * connection, whether the run was stopped because the backlog grew.
     */
    record Result(double[] latenciesMs, double[] lateMs, int errors, double seconds, boolean abandoned,
            Cpu.Sample before, Cpu.Sample after) {
    }

    private record Task(Workload.Request request, long dueNanos, boolean measured) {
    }

    private SqlLoad() {
    }

    static Result run(List<Connection> connections, List<Workload.Request> requests, double rate, double warmupSeconds,
            double seconds, int offset) throws InterruptedException {
        int warm = (int) Math.round(rate * warmupSeconds);
        int measured = (int) Math.round(rate * seconds);
        int total = warm + measured;
        double[] latencies = new double[measured];
        double[] late = new double[measured];
        AtomicInteger errors = new AtomicInteger(), completed = new AtomicInteger(), slot = new AtomicInteger();
        AtomicReference<Throwable> firstError = new AtomicReference<>();
        LinkedBlockingQueue<Task> queue = new LinkedBlockingQueue<>();
        List<Thread> workers = new ArrayList<>();
        for (Connection c : connections) {
            Thread t = new Thread(() -> {
                try {
                    while (true) {
                        Task task = queue.take();
                        if (task.request() == null) {
                            return;
                        }
                        long started = System.nanoTime();
                        try {
                            SqlEquivalent.run(c, task.request());
                        } catch (SQLException | RuntimeException e) {
                            errors.incrementAndGet();
                            firstError.compareAndSet(null, e);
                        }
                        long end = System.nanoTime();
                        if (task.measured()) {
                            int i = slot.getAndIncrement();
                            latencies[i] = (end - task.dueNanos()) / 1e6;
                            late[i] = Math.max(0, started - task.dueNanos()) / 1e6;
                        }
                        completed.incrementAndGet();
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, "sql-load");
            t.setDaemon(true);
            t.start();
            workers.add(t);
        }
        Cpu.Sample before = null;
        long t0 = System.nanoTime() + 20_000_000L;
        double period = 1e9 / rate;
        int submitted = 0;
        boolean abandoned = false;
        for (int i = 0; i < total; i++) {
            long due = t0 + (long) (i * period);
            long wait;
            while ((wait = due - System.nanoTime()) > 0) {
                LockSupport.parkNanos(wait);
            }
            if (i == warm) {
                before = Cpu.sample();
            }
            if (queue.size() > rate * MAX_BACKLOG_SECONDS) {
                abandoned = true;
                break;
            }
            queue.put(new Task(requests.get((offset + i) % requests.size()), due, i >= warm));
            submitted++;
        }
        if (abandoned) {
            int dropped = queue.size();
            queue.clear();
            submitted -= dropped;
            System.out.printf("    SQL: more than %.0f s of requests waiting for a connection after %.0f s: "
                    + "stopped (the database does not keep up with this rate)%n", MAX_BACKLOG_SECONDS,
                    (System.nanoTime() - t0) / 1e9);
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (completed.get() < submitted && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        double elapsed = (System.nanoTime() - t0) / 1e9 - warmupSeconds;
        Cpu.Sample after = Cpu.sample();
        for (int i = 0; i < workers.size(); i++) {
            queue.put(new Task(null, 0, false));
        }
        if (firstError.get() != null) {
            System.out.println("    SQL errors: " + errors.get() + ", first: " + firstError.get());
        }
        int n = Math.min(slot.get(), measured);
        return new Result(Arrays.copyOf(latencies, n), Arrays.copyOf(late, n), errors.get(), elapsed, abandoned,
                before == null ? Cpu.sample() : before, after);
    }
}
