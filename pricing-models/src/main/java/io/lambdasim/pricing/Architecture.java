package io.lambdasim.pricing;

import java.util.Locale;

/** Instruction set of a Lambda function or EC2 instance; prices and tiers differ per architecture. */
public enum Architecture {
    X86_64("x86_64"),
    ARM64("arm64");

    private final String id;

    Architecture(String id) {
        this.id = id;
    }

    /** The name users and AWS write: {@code x86_64} or {@code arm64}. */
    public String id() {
        return id;
    }

    /** Parses {@code x86_64}/{@code x86}/{@code amd64} or {@code arm64}/{@code arm}/{@code graviton}. */
    public static Architecture parse(String text) {
        String s = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        switch (s) {
            case "x86_64": case "x86": case "amd64": case "x86-64": return X86_64;
            case "arm64": case "arm": case "aarch64": case "graviton": return ARM64;
            default:
                throw new IllegalArgumentException("unknown architecture '" + text + "' (expected x86_64 or arm64)");
        }
    }

    @Override
    public String toString() {
        return id;
    }
}
