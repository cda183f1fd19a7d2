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
 * dev.crossway.perf.interop.CpuTimeProfiler}.
 */
public final class CpuTimeProfiler implements InternalProfiler {

    private long cpuBefore;

    @Override
    public String getDescription() {
        return "process CPU time per operation, all JVM threads";
    }

    @Override
    public void beforeIteration(BenchmarkParams benchmark, IterationParams iteration) {
        cpuBefore = processCpuNanos();
    }

    @Override
    public Collection<? extends Result> afterIteration(BenchmarkParams benchmark, IterationParams iteration, IterationResult result) {
        long ops = result.getMetadata().getAllOps();
        double microsPerOp = ops == 0 ? Double.NaN : (processCpuNanos() - cpuBefore) / 1000.0 / ops;
        return List.of(new ScalarResult("cpu.time.per.op", microsPerOp, "us/op", AggregationPolicy.AVG));
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }
}
