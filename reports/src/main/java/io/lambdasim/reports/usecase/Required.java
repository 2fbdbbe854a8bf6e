package io.lambdasim.reports.usecase;

import io.lambdasim.reports.settings.Setting;
import io.lambdasim.reports.settings.SettingException;
import io.lambdasim.reports.settings.SettingValues;

/** A setting a use case cannot do without: its value, or an error naming it. */
final class Required {

    private Required() {
    }

    static <T> T of(SettingValues v, Setting<T> s) {
        T value = v.get(s);
        if (value == null) {
            throw new SettingException(s, null, "expected " + s.type().expected());
        }
        return value;
    }
}
