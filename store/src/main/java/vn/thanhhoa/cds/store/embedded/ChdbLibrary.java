package vn.thanhhoa.cds.store.embedded;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SymbolLookup;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.nio.file.Path;

/**
 * The handful of C functions of chDB's {@code libchdb.so} the project calls, bound through the FFM
 * API. Signatures follow {@code programs/local/chdb.h} of chdb-io/chdb-core (the npm package ships
 * no header).
 */
final class ChdbLibrary {

    private static final ValueLayout.OfLong SIZE_T = ValueLayout.JAVA_LONG;

    final MethodHandle setSignalHandlersEnabled;
    final MethodHandle connect;
    final MethodHandle closeConnection;
    final MethodHandle queryN;
    final MethodHandle resultBuffer;
    final MethodHandle resultLength;
    final MethodHandle resultError;
    final MethodHandle resultRowsRead;
    final MethodHandle destroyQueryResult;

    private ChdbLibrary(SymbolLookup symbols) {
        Linker linker = Linker.nativeLinker();
        ValueLayout pointer = ValueLayout.ADDRESS;
        setSignalHandlersEnabled = bind(linker, symbols, "chdb_set_signal_handlers_enabled", FunctionDescriptor.ofVoid(ValueLayout.JAVA_INT));
        connect = bind(linker, symbols, "chdb_connect", FunctionDescriptor.of(pointer, ValueLayout.JAVA_INT, pointer));
        closeConnection = bind(linker, symbols, "chdb_close_conn", FunctionDescriptor.ofVoid(pointer));
        queryN = bind(linker, symbols, "chdb_query_n", FunctionDescriptor.of(pointer, pointer, pointer, SIZE_T, pointer, SIZE_T));
        resultBuffer = bind(linker, symbols, "chdb_result_buffer", FunctionDescriptor.of(pointer, pointer));
        resultLength = bind(linker, symbols, "chdb_result_length", FunctionDescriptor.of(SIZE_T, pointer));
        resultError = bind(linker, symbols, "chdb_result_error", FunctionDescriptor.of(pointer, pointer));
        resultRowsRead = bind(linker, symbols, "chdb_result_rows_read", FunctionDescriptor.of(ValueLayout.JAVA_LONG, pointer));
        destroyQueryResult = bind(linker, symbols, "chdb_destroy_query_result", FunctionDescriptor.ofVoid(pointer));
    }

    /**
     * Loads the library for the rest of the process: chDB keeps global engine state that cannot be
     * unloaded safely, so it lives in the global arena.
     */
    static ChdbLibrary load(Path library) {
        return new ChdbLibrary(SymbolLookup.libraryLookup(library, Arena.global()));
    }

    private static MethodHandle bind(Linker linker, SymbolLookup symbols, String name, FunctionDescriptor descriptor) {
        MemorySegment address = symbols.find(name)
                .orElseThrow(() -> new IllegalStateException("libchdb.so has no function " + name + ": is this the pinned chDB version?"));
        return linker.downcallHandle(address, descriptor);
    }
}
