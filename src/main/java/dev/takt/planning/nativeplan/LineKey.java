package dev.takt.planning.nativeplan;

import java.io.Serializable;
import java.util.Objects;

/** Primary key of a line: the version or batch it belongs to, and its line number there. */
public class LineKey implements Serializable {
    private static final long serialVersionUID = 1L;

    int batch;
    int line;

    public LineKey() {
    }

    LineKey(int batch, int line) {
        this.batch = batch;
        this.line = line;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof LineKey key && key.batch == batch && key.line == line;
    }

    @Override
    public int hashCode() {
        return Objects.hash(batch, line);
    }
}
