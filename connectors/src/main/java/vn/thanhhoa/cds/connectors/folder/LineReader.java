package vn.thanhhoa.cds.connectors.folder;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
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

    private final InputStream in;
    private final int maxLineBytes;
    private long lineNumber;

    /** Opens {@code file} positioned after {@code linesAlreadyRead} lines. */
    public LineReader(Path file, long linesAlreadyRead, int maxLineBytes) throws IOException {
        this.in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
        this.maxLineBytes = maxLineBytes;
        while (lineNumber < linesAlreadyRead && skipLine()) {
            lineNumber++;
        }
    }

    /** The next line, or null at the end of the file. */
    public Line next() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        long length = 0;
        int b;
        boolean any = false;
        while ((b = in.read()) != -1) {
            any = true;
            if (b == '\n') {
                break;
            }
            if (length < maxLineBytes) {
                bytes.write(b);
            }
            length++;
        }
        if (!any) {
            return null;
        }
        lineNumber++;
        if (length > maxLineBytes) {
            return new Line(lineNumber, null, "line is " + length + " bytes long, more than the limit of " + maxLineBytes);
        }
        byte[] raw = bytes.toByteArray();
        int end = raw.length > 0 && raw[raw.length - 1] == '\r' ? raw.length - 1 : raw.length;
        int start = lineNumber == 1 && end >= 3 && (raw[0] & 0xff) == 0xEF && (raw[1] & 0xff) == 0xBB && (raw[2] & 0xff) == 0xBF ? 3 : 0;
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(raw, start, end - start))
                    .toString();
            return new Line(lineNumber, text, null);
        } catch (CharacterCodingException e) {
            return new Line(lineNumber, null, "line is not valid UTF-8 text (wrong encoding?)");
        }
    }

    /** How many lines of the file are behind the reader: those skipped at opening and those returned. */
    public long linesRead() {
        return lineNumber;
    }

    private boolean skipLine() throws IOException {
        int b;
        boolean any = false;
        while ((b = in.read()) != -1) {
            any = true;
            if (b == '\n') {
                return true;
            }
        }
        return any;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
