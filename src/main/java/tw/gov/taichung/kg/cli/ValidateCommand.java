package tw.gov.taichung.kg.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** Loads and validates; exit 0 conforms, 1 violations, 2 usage error, 3 unreadable input. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Check the data: references, dates, quotes and SHACL shapes. "
                + "Exit 0 conforms, 1 violations, 2 usage error, 3 unreadable input.")
final class ValidateCommand implements Callable<Integer> {
    @Mixin
    DataOptions data;

    @Override
    public Integer call() {
        DataOptions.Checked c = data.load(true, System.err);
        if (c.exitCode() == Main.OK) {
            System.out.println("conforms: " + c.result().dataset().stream().count() + " quads, no problems");
        }
        return c.exitCode();
    }
}
