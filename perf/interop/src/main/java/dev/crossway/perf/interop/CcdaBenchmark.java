package dev.crossway.perf.interop;

import dev.crossway.interop.ccda.CcdaReader;
import dev.crossway.interop.ccda.model.ClinicalSummary;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Reading a retrieved C-CDA into the clinical summary the portal shows: the HL7 example CCD
 * (176 KB), a small Synthea CCD (31 KB) and a full, pretty-printed Synthea CCD (870 KB).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class CcdaBenchmark {

    @Param({"hl7-c-cda-examples/CCD_1.xml", "synthea/synthea_ccd_small.xml", "synthea/synthea_ccd_pretty_printed.xml"})
    public String sample;

    private byte[] xml;

    @Setup
    public void load() {
        xml = SharedSamples.read("ccda/" + sample);
        CcdaReader.read(xml);
    }

    @Benchmark
    public ClinicalSummary read() {
        return CcdaReader.read(xml);
    }
}
