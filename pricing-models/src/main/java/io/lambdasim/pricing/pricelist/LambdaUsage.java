package io.lambdasim.pricing.pricelist;

import io.lambdasim.pricing.Architecture;

/**
 * A Lambda usage type of the AWS Price List, read whole: an optional region prefix
 * ({@code EUW2-}, {@code USE2-}: capitals and digits), the component, an optional {@code -ARM}.
 * Only exact components count, so {@code Lambda-Edge-Request} (Lambda@Edge) or
 * {@code Lambda-Provisioned-GB-Second} never pass for {@code Request} or {@code Lambda-GB-Second},
 * whatever order the SKUs come in.
 */
record LambdaUsage(Component component, Architecture arch) {

    enum Component {
        REQUEST("Request"), DURATION("Lambda-GB-Second"), PROVISIONED("Lambda-Provisioned-Concurrency"),
        PROVISIONED_DURATION("Lambda-Provisioned-GB-Second"), STORAGE("Lambda-Storage-GB-Second");

        final String usageType;

        Component(String usageType) {
            this.usageType = usageType;
        }
    }

    /** The usage type's component, or null when it is none of them (Edge, streaming, SnapStart...). */
    static LambdaUsage of(String usage) {
        String u = usage;
        int dash = u.indexOf('-');
        if (dash > 0 && regionPrefix(u.substring(0, dash))) {
            u = u.substring(dash + 1);
        }
        boolean arm = u.endsWith("-ARM");
        if (arm) {
            u = u.substring(0, u.length() - 4);
        }
        for (Component c : Component.values()) {
            if (u.equals(c.usageType)) {
                return new LambdaUsage(c, arm ? Architecture.ARM64 : Architecture.X86_64);
            }
        }
        return null;
    }

    /** {@code USE2}, {@code EUW2}, {@code APN1}, {@code EU}, {@code UGW1}: capitals then digits. */
    private static boolean regionPrefix(String p) {
        if (p.length() < 2 || p.length() > 6) {
            return false;
        }
        for (int i = 0; i < p.length(); i++) {
            char c = p.charAt(i);
            if (!(c >= 'A' && c <= 'Z') && !(c >= '0' && c <= '9')) {
                return false;
            }
        }
        return Character.isLetter(p.charAt(0));
    }
}
