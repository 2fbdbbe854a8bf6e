package io.lambdasim.traces;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Interns names (functions, or execution environments) into dense int ids, so the hot path
 * carries ints and the names are looked up only for output.
 *
 * <p>Interning allocates only the first time a name is seen, so memory grows with the number of
 * distinct functions, never with trace length.
 */
public final class FunctionTable {

    /** A table that never holds anything; for sources without the concept. */
    public static final FunctionTable EMPTY = new FunctionTable(true, null);

    private final Map<String, Integer> ids = new HashMap<>();
    private final List<String> names = new ArrayList<>();
    private final boolean frozen;
    /** Charged for each new name when the table is a reader's (null: unlimited, e.g. a mirror). */
    private final FunctionBudget budget;

    public FunctionTable() {
        this(false, null);
    }

    /** A reader's table: each new name must fit in {@code budget} ({@link FunctionBudget.TooManyFunctions} if not). */
    public FunctionTable(FunctionBudget budget) {
        this(false, budget);
    }

    private FunctionTable(boolean frozen, FunctionBudget budget) {
        this.frozen = frozen;
        this.budget = budget;
    }

    /** The id of {@code name}, assigning the next free id the first time the name is seen. */
    public int intern(String name) {
        Integer id = ids.get(name);
        if (id != null) {
            return id;
        }
        if (frozen) {
            throw new UnsupportedOperationException("empty table");
        }
        int next = names.size();
        if (budget != null) {
            budget.admit(next + 1, name);
        }
        ids.put(name, next);
        names.add(name);
        return next;
    }

    /** The id of {@code name}, or {@link InvocationCursor#MISSING} when it was never interned. */
    public int find(String name) {
        Integer id = ids.get(name);
        return id == null ? InvocationCursor.MISSING : id;
    }

    /** The budget new names are charged to, or null. */
    public FunctionBudget budget() {
        return budget;
    }

    public String name(int id) {
        return names.get(id);
    }

    public int size() {
        return names.size();
    }

    /** The names in id order, as an unmodifiable snapshot. */
    public List<String> names() {
        return List.copyOf(names);
    }
}
