package io.lambdasim.reports.around;

import io.lambdasim.pricing.AroundConfig;
import io.lambdasim.reports.settings.Setting;
import io.lambdasim.reports.settings.SettingValues;
import io.lambdasim.reports.settings.Settings;
import java.util.List;

/** The settings of the bill around the function, as the typed {@link AroundConfig} (which checks the ranges). */
public final class AroundSettings {

    /** The settings, in declaration order: the commands that price a bill take them all. */
    public static final List<Setting<?>> SETTINGS = List.of(Settings.FRONT_DOOR, Settings.PUBLISHER, Settings.VPC,
            Settings.AZS, Settings.PAYLOAD_BYTES, Settings.RESPONSE_BYTES, Settings.NAT_BYTES, Settings.LOGS,
            Settings.LOG_BYTES, Settings.PUBLIC_IPV4, Settings.EBS_GB);

    private AroundSettings() {
    }

    public static AroundConfig from(SettingValues v) {
        return new AroundConfig(AroundConfig.FrontDoor.parse(v.get(Settings.FRONT_DOOR)),
                AroundConfig.Publisher.parse(v.get(Settings.PUBLISHER)), v.get(Settings.VPC), v.get(Settings.AZS),
                v.get(Settings.PAYLOAD_BYTES), v.get(Settings.RESPONSE_BYTES), v.get(Settings.NAT_BYTES),
                v.get(Settings.LOGS), v.get(Settings.LOG_BYTES), v.get(Settings.PUBLIC_IPV4), v.get(Settings.EBS_GB));
    }
}
