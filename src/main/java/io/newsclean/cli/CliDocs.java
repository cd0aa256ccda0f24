package io.newsclean.cli;

import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Generates the man page ({@code newsclean.1}) and the bash/zsh completion script
 * ({@code newsclean_completion}) from the command line's picocli model, so both always match
 * the options. Run by the build: {@code CliDocs OUTPUT_DIR}.
 *
 * <p>The completion script is picocli's own ({@link AutoComplete}). The man page is written
 * straight to roff from the same model: picocli's man page generator writes AsciiDoc, which would
 * need Asciidoctor, a Ruby tool, in the build to become a page {@code man} can show.
 */
public final class CliDocs {
    private CliDocs() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "target");
        Files.createDirectories(dir);
        PrintStream discard = new PrintStream(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8);
        CommandLine cli = Main.commandLine(
                new Main.Streams(new ByteArrayInputStream(new byte[0]), () -> false, discard, discard), null);
        Files.writeString(dir.resolve("newsclean_completion"), AutoComplete.bash("newsclean", cli),
                StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("newsclean.1"), manPage(cli), StandardCharsets.UTF_8);
    }

    /** The man page in roff: the top command, then each subcommand in a section of its own. */
    static String manPage(CommandLine cli) {
        CommandSpec top = cli.getCommandSpec();
        String version = VersionProvider.version();
        StringBuilder roff = new StringBuilder();
        roff.append(".TH NEWSCLEAN 1 \"\" \"newsclean ").append(escape(version)).append("\" \"User Commands\"\n");
        roff.append(".SH NAME\n").append("newsclean \\- ").append(escape(top.usageMessage().description()[0]))
                .append('\n');
        roff.append(".SH SYNOPSIS\n");
        synopsis(roff, cli);
        for (CommandLine sub : cli.getSubcommands().values()) {
            roff.append(".br\n");
            synopsis(roff, sub);
        }
        roff.append(".SH DESCRIPTION\n");
        paragraphs(roff, top.usageMessage().description());
        roff.append(".SH OPTIONS\n");
        options(roff, top);
        for (CommandLine sub : cli.getSubcommands().values()) {
            CommandSpec spec = sub.getCommandSpec();
            roff.append(".SH \"").append(escape(spec.qualifiedName().toUpperCase(Locale.ROOT))).append("\"\n");
            paragraphs(roff, spec.usageMessage().description());
            options(roff, spec);
        }
        roff.append(".SH NOTES\n");
        paragraphs(roff, footerLines(top));
        return roff.toString();
    }

    private static void synopsis(StringBuilder roff, CommandLine cli) {
        String plain = new CommandLine.Help(cli.getCommandSpec(), CommandLine.Help.defaultColorScheme(CommandLine.Help.Ansi.OFF))
                .synopsis(0).strip().replaceAll("\\s+", " ");
        roff.append(escape(plain)).append('\n');
    }

    private static void options(StringBuilder roff, CommandSpec spec) {
        for (PositionalParamSpec parameter : spec.positionalParameters()) {
            if (!parameter.hidden()) {
                roff.append(".TP\n\\fI").append(escape(parameter.paramLabel())).append("\\fR\n");
                roff.append(escape(String.join(" ", parameter.renderedDescription()))).append('\n');
            }
        }
        for (OptionSpec option : spec.options()) {
            if (option.hidden()) {
                continue;
            }
            roff.append(".TP\n\\fB").append(escape(String.join(", ", option.names()))).append("\\fR");
            if (option.arity().max() > 0) {
                roff.append(" \\fI").append(escape(option.paramLabel())).append("\\fR");
            }
            roff.append('\n').append(escape(String.join(" ", option.renderedDescription()))).append('\n');
        }
    }

    private static List<String> footerLines(CommandSpec spec) {
        return List.of(spec.usageMessage().footer()).stream().filter(line -> !line.isBlank()).toList();
    }

    private static void paragraphs(StringBuilder roff, String[] lines) {
        paragraphs(roff, List.of(lines));
    }

    private static void paragraphs(StringBuilder roff, List<String> lines) {
        for (String line : lines) {
            roff.append(".PP\n").append(escape(line)).append('\n');
        }
    }

    /** Text made safe for roff: backslashes and hyphens escaped, no line read as a request. */
    static String escape(String text) {
        String escaped = text.replace("\\", "\\e").replace("-", "\\-");
        return escaped.startsWith(".") || escaped.startsWith("'") ? "\\&" + escaped : escaped;
    }
}
