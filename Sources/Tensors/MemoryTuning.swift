import CMalloc

/// Keeps large tensor buffers on the heap between batches.
///
/// glibc serves blocks above its mmap threshold with fresh mappings, and trims the heap back to the system when
/// its top is free: for a training loop that allocates the same multi-megabyte tensors every batch, that means
/// zero-filled page faults on every batch (measured at about a sixth of training time). Raising both limits to
/// glibc's maximum keeps those buffers in the process. Call once, at start-up; it does nothing elsewhere.
public enum MemoryTuning {
    public static func keepLargeBuffers() {
        _ = mallopt(M_MMAP_THRESHOLD, 32 << 20)
        _ = mallopt(M_TRIM_THRESHOLD, 1 << 30)
    }
}
