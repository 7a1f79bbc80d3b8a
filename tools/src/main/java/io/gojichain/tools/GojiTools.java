package io.gojichain.tools;

import io.gojichain.tools.bench.BenchCommand;
import io.gojichain.tools.chaos.ChaosCommand;
import io.gojichain.tools.demo.DemoCommand;
import io.gojichain.tools.stack.StackCommand;
import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;

/** Entry point of {@code tools.jar}: {@code java -jar tools/target/tools.jar <command> [options]}. */
public final class GojiTools {

    static final String USAGE = String.join(
            "\n",
            "Usage: java -jar tools/target/tools.jar <command> [options]",
            "",
            "Commands:",
            "  demo    simulate a goji season for Jinghe and post it through the services' REST APIs",
            "  bench   measure ingest and insights on the running stack against Kafka's own limits",
            "  chaos   a fault run: load the stack, kill and freeze brokers and insights, check nothing is lost",
            "  stack   start, await, stop and report the local stack's processes (what ./goji up, down and status run)",
            "",
            "Run 'java -jar tools/target/tools.jar <command> --help' for the options of a command.");

    private GojiTools() {}

    public static void main(String[] args) {
        System.exit(run(Arrays.asList(args), System.out, System.err));
    }

    /** Runs a command and returns the process exit code (0 ok, 1 failed, 2 usage, 3 check mismatch). */
    public static int run(List<String> args, PrintStream out, PrintStream err) {
        if (args.isEmpty()) {
            err.println(USAGE);
            return 2;
        }
        String command = args.get(0);
        List<String> rest = args.subList(1, args.size());
        switch (command) {
            case "demo":
                return DemoCommand.run(rest, out, err);
            case "bench":
                return BenchCommand.run(rest, out, err);
            case "chaos":
                return ChaosCommand.run(rest, out, err);
            case "stack":
                return StackCommand.run(rest, out, err);
            case "help":
            case "-h":
            case "--help":
                out.println(USAGE);
                return 0;
            default:
                err.println("unknown command '" + command + "'");
                err.println(USAGE);
                return 2;
        }
    }
}
