package tw.gov.taichung.kg;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** A TDB2 folder in use by another process is one line and exit 3, no stack trace (issue 18, item 8). */
@Timeout(60)
class TdbFolderTest {
    @TempDir
    Path tmp;

    @Test
    void aDatabaseLockedByAnotherProcessIsOneLineAndExitThree() throws Exception {
        Path db = Files.createDirectories(tmp.resolve("db"));
        Path lock = db.resolve("tdb.lock");
        Path program = tmp.resolve("HoldLock.java");
        Files.writeString(program, "import java.nio.channels.FileChannel; import java.nio.file.*;\n"
                + "public class HoldLock { public static void main(String[] a) throws Exception {\n"
                + "  FileChannel c = FileChannel.open(Path.of(a[0]), StandardOpenOption.CREATE, StandardOpenOption.WRITE);\n"
                + "  c.lock(); c.write(java.nio.ByteBuffer.wrap((ProcessHandle.current().pid() + \"\\n\").getBytes())); c.force(true);\n"
                + "  System.out.println(\"locked\"); System.out.flush(); Thread.sleep(60_000); } }\n");
        Process holder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                program.toString(), lock.toString()).redirectErrorStream(true).start();
        try {
            assertEquals("locked", new String(holder.getInputStream().readNBytes(6)));
            CommandLineTest.Run r = CommandLineTest.run("serve", "--port", "0", "--tdb2", db.toString());
            assertEquals(3, r.code(), r.err());
            assertEquals(db + ": the TDB2 database is in use by another process (it holds " + lock + "); stop that "
                    + "process or give another folder", String.join("\n", CommandLineTest.ownLines(r.err())));
        } finally {
            holder.destroyForcibly();
            holder.waitFor(10, TimeUnit.SECONDS);
        }
    }

}
