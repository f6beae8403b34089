package vn.thanhhoa.cds.runtime;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import vn.thanhhoa.cds.runtime.network.StackStartException;

/**
 * Keeps a second stack off a data directory in use. Two brokers on one KRaft log corrupt it (the
 * second one's controller writes before Kafka's own lock stops it), so the whole directory is
 * locked before any part starts. The lock dies with the process, even on SIGKILL.
 */
final class StackDirectoryLock implements AutoCloseable {

    private static final String LOCK_FILE = ".stack.lock";

    private final FileChannel channel;
    private final FileLock lock;

    private StackDirectoryLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    static StackDirectoryLock acquire(Path directory) {
        Path file = directory.resolve(LOCK_FILE);
        FileChannel channel = null;
        try {
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
            FileLock lock = channel.tryLock();
            if (lock == null) {
                String holder = Files.readString(file, StandardCharsets.UTF_8).strip();
                channel.close();
                throw new StackStartException("The stack data directory " + directory + " is in use by another running stack"
                        + (holder.isEmpty() ? "" : " (process " + holder + ")") + ": stop it first, or choose another data directory.");
            }
            channel.truncate(0);
            channel.write(java.nio.ByteBuffer.wrap(String.valueOf(ProcessHandle.current().pid()).getBytes(StandardCharsets.UTF_8)));
            return new StackDirectoryLock(channel, lock);
        } catch (OverlappingFileLockException e) {
            closeQuietly(channel);
            throw new StackStartException("The stack data directory " + directory + " is already in use by a stack in this process.");
        } catch (IOException e) {
            closeQuietly(channel);
            throw new StackStartException("The stack data directory " + directory + " cannot be locked: " + e.getMessage(), e);
        }
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException ignored) {
                // the lock failure is what gets reported
            }
        }
    }

    @Override
    public void close() throws IOException {
        lock.release();
        channel.close();
    }
}
