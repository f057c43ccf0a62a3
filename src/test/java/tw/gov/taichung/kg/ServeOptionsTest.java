package tw.gov.taichung.kg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tw.gov.taichung.kg.serve.Exposure;
import tw.gov.taichung.kg.serve.Server;
import tw.gov.taichung.kg.serve.Store;

/**
 * {@code tdkg serve} refuses settings that would be unsafe or do not fit together, with exit code 2 and a
 * sentence, before it loads anything or opens a port.
 */
class ServeOptionsTest {
    @TempDir
    Path tmp;

    @Test
    void allowUpdateNeedsAPasswordFile() {
        CommandLineTest.Run r = CommandLineTest.run("serve", "--allow-update");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("--allow-update needs --password-file FILE"), r.err());
    }

    @Test
    void aPasswordFileAloneTurnsNothingOn() throws IOException {
        Path pw = Files.writeString(tmp.resolve("pw"), "a: b\n");
        CommandLineTest.Run r = CommandLineTest.run("serve", "--password-file", pw.toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("--password-file is only used with --allow-update"), r.err());
    }

    @Test
    void thePasswordFileMustBeReadable() {
        CommandLineTest.Run r = CommandLineTest.run("serve", "--allow-update", "--password-file",
                tmp.resolve("missing").toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("the password file does not exist or cannot be read"), r.err());
    }

    @Test
    void aTakenPortIsOneSentenceAndExitTwo() throws IOException {
        try (java.net.ServerSocket taken = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            CommandLineTest.Run r = CommandLineTest.run("serve", "--no-cache", "--port", "" + taken.getLocalPort());
            assertEquals(2, r.code(), r.err());
            assertTrue(r.err().contains("port " + taken.getLocalPort() + " is already in use on localhost (another "
                    + "server is listening there); stop it or choose another port with --port N\n"), r.err());
            assertTrue(!r.err().contains("BindException"), r.err());
        }
    }

    @Test
    void limitsMustBePositive() {
        assertEquals(2, CommandLineTest.run("serve", "--max-rows", "0").code());
        assertEquals(2, CommandLineTest.run("serve", "--timeout", "0").code());
        assertEquals(2, CommandLineTest.run("serve", "--max-query-bytes", "-1").code());
    }

    @Test
    void tdb2RefusesAFolderThatIsNotADatabase() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("not-a-db"));
        Files.writeString(dir.resolve("notes.txt"), "keep me");
        CommandLineTest.Run r = CommandLineTest.run("serve", "--tdb2", dir.toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("is not empty and is not a TDB2 database"), r.err());
        assertEquals("keep me", Files.readString(dir.resolve("notes.txt")));
        try (var files = Files.list(dir)) {
            assertEquals(1, files.count(), "nothing was written into it");
        }
    }

    @Test
    void anEmptyOrNewFolderHoldsNoData() throws IOException {
        assertFalse(Store.holdsData(tmp.resolve("new")));
        assertFalse(Store.holdsData(Files.createDirectories(tmp.resolve("empty"))));
    }

    @Test
    void theDefaultsAreLoopbackReadOnlyAndBounded() {
        Exposure e = new Server.Options(0, 10_000).exposure();
        assertTrue(e.loopbackOnly());
        assertFalse(e.allowUpdate());
        assertEquals(10_000, e.maxRows());
        assertEquals(64 * 1024, e.maxQueryBytes());
    }
}
