package io.attache.benchmarks.query;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;

/**
 * The raw-SQL side: the requests' SQL equivalents at a fixed rate (open loop: request i is due at start + i / rate,
 * whether or not earlier ones have finished), over a fixed set of JDBC connections, one request per connection at a
 * time (as query-service's pool hands one connection to one request). Latency is measured from the moment a request
 * was due, not from when a connection became free, so waiting for a connection counts (no coordinated omission).
 */
final class SqlLoad {
    /** What one run measured: latencies in ms of the requests due after the warm-up, and how late they started. */
    record Result(double[] latenciesMs, double[] lateMs, int errors, double seconds, Cpu.Sample before,
            Cpu.Sample after) {
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
        AtomicInteger errors = new AtomicInteger();
        AtomicReference<Throwable> firstError = new AtomicReference<>();
        BlockingQueue<Task> queue = new ArrayBlockingQueue<>(Math.max(16, total));
        CountDownLatch done = new CountDownLatch(total);
        List<Thread> workers = new ArrayList<>();
        AtomicInteger slot = new AtomicInteger();
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
                        done.countDown();
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
        for (int i = 0; i < total; i++) {
            long due = t0 + (long) (i * period);
            long wait;
            while ((wait = due - System.nanoTime()) > 0) {
                LockSupport.parkNanos(wait);
            }
            if (i == warm) {
                before = Cpu.sample();
            }
            queue.put(new Task(requests.get((offset + i) % requests.size()), due, i >= warm));
        }
        if (!done.await((long) (seconds * 10 + 120), TimeUnit.SECONDS)) {
            throw new IllegalStateException("SQL load: requests still running long after the schedule ended");
        }
        double elapsed = (System.nanoTime() - t0) / 1e9 - warmupSeconds;
        Cpu.Sample after = Cpu.sample();
        for (int i = 0; i < workers.size(); i++) {
            queue.put(new Task(null, 0, false));
        }
        if (firstError.get() != null) {
            System.out.println("    SQL errors: " + errors.get() + ", first: " + firstError.get());
        }
        return new Result(latencies, late, errors.get(), elapsed, before, after);
    }
}
