package tw.gov.taichung.kg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import tw.gov.taichung.kg.CommandLineTest.Run;

/**
 * Inputs are regular files inside the data folder (issue 18, item 2): a link out of it, a device, a named pipe,
 * a folder named like a data file, a file too large to read and a file of another kind are each refused by
 * name with the reason, all in one run; nothing blocks and nothing outside the folder is read.
 */
@Timeout(60)
class DataFolderInputsTest {
    @TempDir
    Path tmp;

    private Path base() throws IOException {
        Path from = GoldenCasesTest.CASES.resolve("_base");
        Path d = tmp.resolve("data");
        try (Stream<Path> s = Files.walk(from)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                Path dest = d.resolve(from.relativize(p).toString());
                Files.createDirectories(dest.getParent());
                Files.copy(p, dest, StandardCopyOption.REPLACE_EXISTING);
            }
        }
        return d;
    }

    private static void mkfifo(Path p) throws IOException, InterruptedException {
        Process proc = new ProcessBuilder("mkfifo", p.toString()).inheritIO().start();
        assumeTrue(proc.waitFor() == 0, "no mkfifo here");
    }

    @Test
    void everyEntryThatIsNotARegularFileInsideTheFolderIsRefusedByNameInOneRun() throws Exception {
        assumeTrue(Files.exists(Path.of("/etc/passwd")) && Files.exists(Path.of("/dev/zero")), "not a Unix system");
        Path d = base();
        Files.delete(d.resolve("reports/r.txt"));
        Files.createSymbolicLink(d.resolve("reports/r.txt"), Path.of("/etc/passwd"));
        Files.createSymbolicLink(d.resolve("registry/zero.yaml"), Path.of("/dev/zero"));
        Files.createSymbolicLink(d.resolve("registry/gone.yaml"), Path.of("nowhere.yaml"));
        mkfifo(d.resolve("registry/pipe.yaml"));
        Files.createDirectories(d.resolve("registry/folder.yaml"));
        Files.writeString(d.resolve("registry/extra.yml"), "people: []\n");
        try (RandomAccessFile f = new RandomAccessFile(d.resolve("registry/huge.yaml").toFile(), "rw")) {
            f.setLength(9L * 1024 * 1024);
        }
        Files.writeString(d.resolve("registry/.editor-swap.yaml"), "not read: names starting with a dot are left alone");

        Run r = CommandLineTest.run("validate", "--data", d.toString());

        assertEquals(3, r.code(), r.err());
        assertEquals(List.of(
                d + "/registry/extra.yml:0:0: UNKNOWN_FILE the file is not read, because its name ends in '.yml'; "
                        + "registry/ and reports/ hold .yaml files (facts) and .txt files (report texts) only: rename "
                        + "it or move it out of the data folder",
                d + "/registry/folder.yaml:0:0: NOT_A_FILE this is a folder, not a regular file; a name ending in "
                        + "'.yaml' must be a plain file",
                d + "/registry/gone.yaml:0:0: UNREADABLE the file is a symbolic link to nowhere.yaml, which does not exist",
                d + "/registry/huge.yaml:0:0: FILE_TOO_LARGE the file is larger than 8388608 bytes, more than is read "
                        + "from one file; split it into smaller files",
                d + "/registry/pipe.yaml:0:0: NOT_A_FILE this is a named pipe (FIFO), not a regular file; a name ending "
                        + "in '.yaml' must be a plain file",
                d + "/registry/zero.yaml:0:0: OUTSIDE_DATA the file is a symbolic link to /dev/zero, outside the data "
                        + "folder; only files inside the data folder are read (copy it in)",
                d + "/reports/r.txt:0:0: OUTSIDE_DATA the file is a symbolic link to /etc/passwd, outside the data "
                        + "folder; only files inside the data folder are read (copy it in)",
                "7 problems found; nothing written."), CommandLineTest.ownLines(r.err()));
        assertFalse(r.err().contains("root:"), "nothing of the file outside is shown");
    }

    @Test
    void aLinkToAFileInsideTheDataFolderIsRead() throws IOException {
        Path d = base();
        Path shared = Files.createDirectories(d.resolve("texts"));
        Files.move(d.resolve("reports/r.txt"), shared.resolve("r.txt"));
        Files.createSymbolicLink(d.resolve("reports/r.txt"), Path.of("../texts/r.txt"));
        Run r = CommandLineTest.run("validate", "--data", d.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("conforms: "), r.out());
    }

    @Test
    void aReportsFolderThatLinksOutOfTheDataIsRefused() throws IOException {
        Path d = base();
        Path elsewhere = Files.move(d.resolve("reports"), tmp.resolve("elsewhere"));
        Files.createSymbolicLink(d.resolve("reports"), elsewhere);
        Run r = CommandLineTest.run("validate", "--data", d.toString());
        assertEquals(3, r.code(), r.err());
        assertTrue(r.err().startsWith(d + "/reports:0:0: OUTSIDE_DATA the folder is a symbolic link to " + elsewhere
                + ", outside the data folder; only files inside the data folder are read\n"), r.err());
    }
}
