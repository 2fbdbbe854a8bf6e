package io.lambdasim.gui;

import javafx.application.Application;

/**
 * Entry point of the runnable jar. It deliberately does not extend {@link Application}: when the main
 * class is an Application, the JDK launcher insists on JavaFX being on the module path and refuses a
 * fat jar with "JavaFX runtime components are missing". A plain class that calls
 * {@link Application#launch} works from the class path.
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        Application.launch(LambdaSimApp.class, args);
    }
}
