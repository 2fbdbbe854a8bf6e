package io.lambdasim.gui;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;

/** A TestFX test of one screen: headless toolkit, and settings in a scratch node deleted afterwards. */
@ExtendWith(ApplicationExtension.class)
public abstract class ScreenFxTest {
    protected final AppPrefs prefs = GuiTestSupport.scratchPrefs();

    @AfterEach
    void clearPrefs() {
        prefs.clear();
    }
}
