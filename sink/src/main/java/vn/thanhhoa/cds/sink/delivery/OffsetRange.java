package vn.thanhhoa.cds.sink.delivery;

/** The offsets a batch covers, both included: its identity, whatever rows it has. */
public record OffsetRange(long first, long last) {

    public OffsetRange {
        if (first < 0 || last < first) {
            throw new IllegalArgumentException("not an offset range: " + first + "-" + last);
        }
    }

    public boolean contains(long offset) {
        return offset >= first && offset <= last;
    }
}
