package tw.gov.taichung.kg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tw.gov.taichung.kg.CommandLineTest.Run;

/**
 * The output folder never holds, replaces or lies in the data (issue 18, item 1): {@code build} and
 * {@code export} refuse such an {@code --out} with exit 2 and one sentence before reading anything, replace an
 * existing folder only when an earlier build made it, and say in one line (exit 4) when the output cannot be
 * written.
 */
class OutputPlaceTest {
    @TempDir
    Path tmp;

    private Path data() throws IOException {
        Path d = tmp.resolve("data");
        try (Stream<Path> s = Files.walk(Path.of("data"))) {
            for (Path p : s.toList()) {
                Path dest = d.resolve(Path.of("data").relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(dest);
                } else {
                    Files.copy(p, dest);
                }
            }
        }
        return d;
    }

    private static long count(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.count();
        }
    }

    private static void refused(Run r, String sentence) {
        assertEquals(2, r.code(), r.err());
        assertEquals(java.util.List.of(sentence), CommandLineTest.ownLines(r.err()));
    }

    @Test
    void theDataFolderItselfIsRefusedAndKept() throws IOException {
        Path d = data();
        long files = count(d);
        refused(CommandLineTest.run("build", "--data", d.toString(), "--out", d.toString()),
                "--out " + d + " is the data folder; the output must go somewhere else, or the build would replace the data");
        refused(CommandLineTest.run("build", "--data", d.toString(), "--out", d + "/../data/."),
                "--out " + d + "/../data/. is the data folder; the output must go somewhere else, or the build would "
                        + "replace the data");
        assertEquals(files, count(d), "nothing of the data is touched");
    }

    @Test
    void aFolderInsideTheDataOrAroundItIsRefused() throws IOException {
        Path d = data();
        refused(CommandLineTest.run("build", "--data", d.toString(), "--out", d.resolve("reports/kg").toString()),
                "--out " + d.resolve("reports/kg") + " lies inside the data folder " + d + "; write the output outside it");
        refused(CommandLineTest.run("build", "--data", d.toString(), "--out", tmp.toString()),
                "--out " + tmp + " contains the data folder " + d + "; give a folder of its own for the output");
        refused(CommandLineTest.run("export", "--format", "ttl", "--data", d.toString(), "--out",
                d.resolve("registry/kg.ttl").toString()), "--out " + d.resolve("registry/kg.ttl")
                + " lies inside the data folder " + d + "; write the output outside it");
        assertFalse(Files.exists(d.resolve("registry/kg.ttl")));
    }

    @Test
    void theCurrentFolderIsRefusedWithoutAStackTrace() {
        refused(CommandLineTest.run("build", "--out", "."),
                "--out . contains the data folder data; give a folder of its own for the output");
        refused(CommandLineTest.run("build", "--data", "src/test/resources/cases/_base", "--out", "/"),
                "--out / contains the data folder src/test/resources/cases/_base; give a folder of its own for the output");
        refused(CommandLineTest.run("build", "--data", tmp.resolve("elsewhere").toString(), "--out", ".."),
                "--out .. contains the current folder; give a folder of its own for the output");
    }

    @Test
    void aFolderOfTheUsersIsNeverReplaced() throws IOException {
        Path out = Files.createDirectories(tmp.resolve("mine"));
        Files.writeString(out.resolve("notes.txt"), "keep me");
        refused(CommandLineTest.run("build", "--out", out.toString()), "--out " + out + " already holds files that "
                + "tdkg build did not write; give a new or empty folder (nothing was deleted)");
        assertEquals("keep me", Files.readString(out.resolve("notes.txt")));
        Path file = Files.writeString(tmp.resolve("a-file"), "x");
        refused(CommandLineTest.run("build", "--out", file.toString()), "--out " + file + " is a file, not a folder; "
                + "give a new or empty folder");
    }

    @Test
    void anEarlierBuildIsReplacedButNotWhatTheUserAddedToIt() throws IOException {
        Path out = tmp.resolve("kg");
        assertEquals(0, CommandLineTest.run("build", "--out", out.toString()).code());
        assertTrue(Files.readString(out.resolve(".tdkg-build")).startsWith("This folder was written by 'tdkg build'"));
        Run again = CommandLineTest.run("build", "--out", out.toString());
        assertEquals(0, again.code(), again.err());
        Files.writeString(out.resolve("my-notes.md"), "mine");
        refused(CommandLineTest.run("build", "--out", out.toString()), "--out " + out + " holds 'my-notes.md', which "
                + "tdkg build did not write; move it away or give another folder (nothing was deleted)");
        assertEquals("mine", Files.readString(out.resolve("my-notes.md")));
        Path empty = Files.createDirectories(tmp.resolve("empty"));
        assertEquals(0, CommandLineTest.run("build", "--out", empty.toString()).code(), "an empty folder is fine");
    }

    @Test
    void anUnwritableOutputIsOneLineAndExitFour() throws IOException {
        Path file = Files.writeString(tmp.resolve("a-file"), "x");
        Run r = CommandLineTest.run("build", "--data", "src/test/resources/cases/_base", "--out", file + "/kg");
        assertEquals(4, r.code(), r.err());
        assertEquals(java.util.List.of("cannot write the output " + file + "/kg: a file is in the way (" + file + "); nothing was "
                + "written"), CommandLineTest.ownLines(r.err()));
        Run export = CommandLineTest.run("export", "--format", "nt", "--data", "src/test/resources/cases/_base", "--out",
                file + "/kg.nt");
        assertEquals(4, export.code(), export.err());
        assertEquals(java.util.List.of("cannot write the output " + file + "/kg.nt: a file is in the way (" + file + "); nothing was "
                + "written"), CommandLineTest.ownLines(export.err()));
        assumeTrue(Files.isDirectory(Path.of("/sys/kernel")), "no read-only /sys here");
        Run sys = CommandLineTest.run("build", "--data", "src/test/resources/cases/_base", "--out", "/sys/tdkg-kg");
        assertEquals(4, sys.code(), sys.err());
        assertEquals(java.util.List.of("cannot write the output /sys/tdkg-kg: operation not permitted (/sys); nothing was written"),
                CommandLineTest.ownLines(sys.err()));
    }
}
