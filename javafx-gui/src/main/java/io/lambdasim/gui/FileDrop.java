package io.lambdasim.gui;

import java.io.File;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.input.DragEvent;
import javafx.scene.input.TransferMode;

/** Accepts one file dropped on a node, highlighting the node while a file hovers over it. */
public final class FileDrop {
    private FileDrop() {
    }

    public static void install(Node target, Consumer<File> onFile) {
        target.setOnDragOver(e -> {
            if (e.getDragboard().hasFiles()) {
                e.acceptTransferModes(TransferMode.COPY);
            }
            e.consume();
        });
        target.setOnDragEntered(e -> target.getStyleClass().add("drag-over"));
        target.setOnDragExited(e -> target.getStyleClass().remove("drag-over"));
        target.setOnDragDropped((DragEvent e) -> {
            boolean ok = e.getDragboard().hasFiles() && !e.getDragboard().getFiles().isEmpty();
            if (ok) {
                onFile.accept(e.getDragboard().getFiles().get(0));
            }
            e.setDropCompleted(ok);
            e.consume();
        });
    }
}
