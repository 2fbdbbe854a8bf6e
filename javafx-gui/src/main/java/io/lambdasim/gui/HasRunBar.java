package io.lambdasim.gui;

/** A screen's view with a Run bar: the window makes its Run the default button while the screen shows. */
public interface HasRunBar {
    RunBar runBar();
}
