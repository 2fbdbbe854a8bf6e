package io.lambdasim.cli;

import io.lambdasim.reports.settings.Setting;
import io.lambdasim.reports.settings.SettingValues;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParseResult;

/**
 * The options of the registry's settings, added to a command at start-up ({@link #install}) and read
 * back as {@link SettingValues} ({@link #values}): the name, placeholder, help, allowed values and
 * default a user sees in {@code --help} are the setting's declaration, and the value is parsed by
 * the use case with the setting's own grammar. Nothing about a setting is written here.
 */
final class SettingOptions {

    /** Prefix of the negative form of a yes/no setting whose default is yes ({@code --no-free-tier}). */
    private static final String NO = "--no-";

    private SettingOptions() {
    }

    /** A command whose options include registry settings. */
    interface Command {
        /** The settings this command takes, in the order its help lists them. */
        List<Setting<?>> settings();
    }

    /** Adds the settings' options to every command of {@code root} that declares some. */
    static void install(CommandLine root) {
        Object command = root.getCommand();
        if (command instanceof Command c) {
            CommandSpec spec = root.getCommandSpec();
            for (Setting<?> s : c.settings()) {
                add(spec, s);
            }
        }
        for (CommandLine sub : root.getSubcommands().values()) {
            install(sub);
        }
    }

    private static void add(CommandSpec spec, Setting<?> s) {
        String help = s.fullHelp().replace("%", "%%");
        // An older spelling another setting of this command already uses (sizing's --memory list) stays that one's.
        String[] names = s.options().stream().filter(n -> n.equals(s.option()) || spec.findOption(n) == null)
                .toArray(String[]::new);
        if (isYesNo(s)) {
            spec.addOption(OptionSpec.builder(names).arity("0").type(boolean.class)
                    .description(help).build());
            if ("yes".equals(s.defaultText())) {
                spec.addOption(OptionSpec.builder(NO + s.option().substring(2)).arity("0").type(boolean.class)
                        .description("Turn off " + s.option() + ".").build());
            }
            return;
        }
        OptionSpec.Builder b = OptionSpec.builder(names).paramLabel(s.type().label())
                .description(help);
        if (isList(s)) {
            // --ec2 a,b or --ec2 a --ec2 b: the parts are joined and parsed by the setting as one list
            b.type(List.class).auxiliaryTypes(String.class).splitRegex(",");
        } else {
            b.type(String.class).arity("1");
        }
        spec.addOption(b.build());
    }

    /** The values of {@code settings} the user gave on this command line, by key. */
    static SettingValues values(CommandSpec spec, List<Setting<?>> settings) {
        ParseResult parsed = spec.commandLine().getParseResult();
        Map<String, String> given = new LinkedHashMap<>();
        for (Setting<?> s : settings) {
            if (isYesNo(s)) {
                if (parsed.hasMatchedOption(s.option())) {
                    given.put(s.key(), "yes");
                }
                if ("yes".equals(s.defaultText()) && parsed.hasMatchedOption(NO + s.option().substring(2))) {
                    given.put(s.key(), "no");
                }
                continue;
            }
            OptionSpec o = spec.findOption(s.option());
            if (o == null || !parsed.hasMatchedOption(o)) {
                continue;
            }
            Object v = parsed.matchedOption(s.option()).getValue();
            given.put(s.key(), v instanceof List<?> l ? String.join(",", l.stream().map(String::valueOf).toList()) : String.valueOf(v));
        }
        return SettingValues.of(given);
    }

    private static boolean isYesNo(Setting<?> s) {
        return s.type().choices().equals(List.of("yes", "no"));
    }

    private static boolean isList(Setting<?> s) {
        return s.type().label().endsWith(",...");
    }
}
