package dev.crossway.perf.interop;

import java.lang.management.ManagementFactory;
import java.util.Collection;
import java.util.List;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.profile.InternalProfiler;
import org.openjdk.jmh.results.AggregationPolicy;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.ScalarResult;

/**
 * CPU time the benchmark JVM spent per operation, all its threads included (the benchmark
 * thread, GC, JIT). Unlike wall time it does not grow when other processes share the cores, so
 * it is the figure to size a server with ("CPU per request"). Use with {@code -prof
 * dev.crossway.perf.interop.CpuTimeProfiler}. Also reports {@code cpu.worker.per.op}, the CPU of the
 * benchmark threads alone.
 */
public final class CpuTimeProfiler implements InternalProfiler {

    private long cpuBefore;
    private long workerCpuBefore;

    @Override
    public String getDescription() {
        return "process CPU time per operation, all JVM threads";
    }

    @Override
    public void beforeIteration(BenchmarkParams benchmark, IterationParams iteration) {
        cpuBefore = processCpuNanos();
        workerCpuBefore = workerCpuNanos();
    }

    @Override
    public Collection<? extends Result> afterIteration(BenchmarkParams benchmark, IterationParams iteration, IterationResult result) {
        long ops = result.getMetadata().getAllOps();
        double microsPerOp = ops == 0 ? Double.NaN : (processCpuNanos() - cpuBefore) / 1000.0 / ops;
        double workerMicrosPerOp = ops == 0 ? Double.NaN : (workerCpuNanos() - workerCpuBefore) / 1000.0 / ops;
        return List.of(new ScalarResult("cpu.time.per.op", microsPerOp, "us/op", AggregationPolicy.AVG),
                new ScalarResult("cpu.worker.per.op", workerMicrosPerOp, "us/op", AggregationPolicy.AVG));
    }

    /**
     * CPU of the benchmark's own threads only (JMH names them {@code ...-jmh-worker-N}): no JIT
     * compiler and no GC threads, so it settles sooner than the process figure when the JIT is
     * short of CPU on a busy machine. The garbage's cost shows in {@code -prof gc} instead.
     */
    private static long workerCpuNanos() {
        java.lang.management.ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long total = 0;
        for (java.lang.management.ThreadInfo info : threads.getThreadInfo(threads.getAllThreadIds())) {
            if (info != null && info.getThreadName().contains("jmh-worker")) {
                long cpu = threads.getThreadCpuTime(info.getThreadId());
                total += Math.max(cpu, 0);
            }
        }
        return total;
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }
}
