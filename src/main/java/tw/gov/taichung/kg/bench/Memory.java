package tw.gov.taichung.kg.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Peak memory: the resident set high-water mark of a process (Linux {@code VmHWM}) and, inside a JVM, the
 * peak of heap in use, sampled every 20 ms by a daemon thread.
 */
public final class Memory {
    private static volatile long peakHeap;
    private static Thread sampler;

    private Memory() {
    }

    /** Starts sampling the heap of this JVM (idempotent). */
    public static synchronized void startSampling() {
        if (sampler != null) {
            return;
        }
        sampler = new Thread(() -> {
            while (true) {
                sample();
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "heap-sampler");
        sampler.setDaemon(true);
        sampler.start();
    }

    /** Records the heap in use now. */
    public static void sample() {
        long used = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        if (used > peakHeap) {
            peakHeap = used;
        }
    }

    /** Peak heap in use seen so far, in MiB. */
    public static long peakHeapMiB() {
        sample();
        return peakHeap >> 20;
    }

    /** Resets the heap peak to the heap in use now (after a GC). */
    public static void resetPeak() {
        System.gc();
        peakHeap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    /** Heap in use after a full GC, in MiB: what the data held at this point needs. */
    public static long liveHeapMiB() {
        System.gc();
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() >> 20;
    }

    /** The resident-set high-water mark of a process in MiB, or -1 when it cannot be read. */
    public static long peakRssMiB(long pid) {
        return statusField(pid, "VmHWM:");
    }

    /** The resident set of a process now, in MiB, or -1. */
    public static long rssMiB(long pid) {
        return statusField(pid, "VmRSS:");
    }

    private static long statusField(long pid, String field) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
                if (line.startsWith(field)) {
                    return Long.parseLong(line.substring(field.length()).replace("kB", "").strip()) >> 10;
                }
            }
        } catch (IOException | RuntimeException e) {
            return -1;
        }
        return -1;
    }

    /** User + system CPU time of a process in clock ticks (1/100 s), or -1 when it cannot be read. */
    public static long cpuTicks(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Long.parseLong(f[11]) + Long.parseLong(f[12]);
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    /** This JVM's CPU time (all threads) in milliseconds. */
    public static double selfCpuMillis() {
        var os = ManagementFactory.getOperatingSystemMXBean();
        if (os instanceof com.sun.management.OperatingSystemMXBean sun) {
            return sun.getProcessCpuTime() / 1e6;
        }
        return -1;
    }

    /** The one-minute load average of the machine (other work running beside the benchmark). */
    public static double loadAverage() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    /** This JVM's resident-set high-water mark in MiB. */
    public static long selfPeakRssMiB() {
        return peakRssMiB(ProcessHandle.current().pid());
    }
}
