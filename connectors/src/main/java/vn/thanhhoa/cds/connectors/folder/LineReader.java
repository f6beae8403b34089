package vn.thanhhoa.cds.connectors.folder;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads a text file line by line from a given line on, as bytes first, so that one line in the
 * wrong encoding or one enormous line is reported as that line's problem instead of failing the
 * whole file or exhausting memory.
 */
public final class LineReader implements Closeable {

    private static final char REPLACEMENT = '\uFFFD';

    private final InputStream in;
    private final CharsetDecoder strict = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    private final int maxLineBytes;
    // Read in blocks and scanned here: reading byte by byte through BufferedInputStream and
    // ByteArrayOutputStream (both locking on every byte) took half of the connector task's time.
    private final byte[] block = new byte[1 << 16];
    private int position;
    private int limit;
    private byte[] line = new byte[1024];
    private long lineNumber;

    /** Opens {@code file} positioned after {@code linesAlreadyRead} lines. */
    public LineReader(Path file, long linesAlreadyRead, int maxLineBytes) throws IOException {
        this.in = Files.newInputStream(file);
        this.maxLineBytes = maxLineBytes;
        while (lineNumber < linesAlreadyRead && skipLine()) {
            lineNumber++;
        }
    }

    /** The next line, or null at the end of the file. */
    public Line next() throws IOException {
        int kept = 0;
        long length = 0;
        boolean any = false;
        while (fill()) {
            any = true;
            int newline = indexOfNewline();
            int end = newline < 0 ? limit : newline;
            int count = end - position;
            int room = (int) Math.min(count, Math.max(0, (long) maxLineBytes - kept));
            if (room > 0) {
                if (kept + room > line.length) {
                    line = java.util.Arrays.copyOf(line, Math.max(kept + room, Math.min(2 * line.length, maxLineBytes)));
                }
                System.arraycopy(block, position, line, kept, room);
                kept += room;
            }
            length += count;
            position = end;
            if (newline >= 0) {
                position++; // past the newline
                break;
            }
        }
        if (!any) {
            return null;
        }
        lineNumber++;
        if (length > maxLineBytes) {
            return new Line(lineNumber, null, "line is " + length + " bytes long, more than the limit of " + maxLineBytes);
        }
        int end = kept > 0 && line[kept - 1] == '\r' ? kept - 1 : kept;
        int start = lineNumber == 1 && end >= 3 && (line[0] & 0xff) == 0xEF && (line[1] & 0xff) == 0xBB && (line[2] & 0xff) == 0xBF ? 3 : 0;
        // String's own decoding is several times faster than a CharsetDecoder (half of reading a
        // line in the task's profile) and replaces every malformed byte sequence with U+FFFD; only a
        // line holding U+FFFD, malformed or typed so on purpose, is checked again strictly.
        String text = new String(line, start, end - start, StandardCharsets.UTF_8);
        if (text.indexOf(REPLACEMENT) >= 0 && !strictlyUtf8(start, end)) {
            return new Line(lineNumber, null, "line is not valid UTF-8 text (wrong encoding?)");
        }
        return new Line(lineNumber, text, null);
    }

    private boolean strictlyUtf8(int start, int end) {
        try {
            strict.reset().decode(ByteBuffer.wrap(line, start, end - start));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    /** How many lines of the file are behind the reader: those skipped at opening and those returned. */
    public long linesRead() {
        return lineNumber;
    }

    /** Whether there are bytes to scan, reading the next block when the last one is used up. */
    private boolean fill() throws IOException {
        if (position < limit) {
            return true;
        }
        int read = in.read(block);
        while (read == 0) {
            read = in.read(block);
        }
        position = 0;
        limit = Math.max(read, 0);
        return read > 0;
    }

    private int indexOfNewline() {
        for (int i = position; i < limit; i++) {
            if (block[i] == '\n') {
                return i;
            }
        }
        return -1;
    }

    private boolean skipLine() throws IOException {
        boolean any = false;
        while (fill()) {
            any = true;
            int newline = indexOfNewline();
            if (newline >= 0) {
                position = newline + 1;
                return true;
            }
            position = limit;
        }
        return any;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
