"""The counts a benchmark's helper process publishes in a file are read whole, never as an empty file."""

from __future__ import annotations

import threading
import time
from pathlib import Path

from bench.procs import read_count, write_count


def test_a_reader_racing_the_writer_always_reads_a_number(tmp_path: Path) -> None:
    # write_text empties the file before writing: a read in between got "" (a peers run counted it as 0
    # calls, then charged one side with every call the teacher had answered, 58 a sample).
    path = tmp_path / "loopback.calls"
    assert read_count(path) is None  # before the first write
    write_count(path, 0)
    stop = threading.Event()

    def writer() -> None:
        value = 0
        while not stop.is_set():
            value += 1
            write_count(path, value)
            time.sleep(0)  # lets the reader in between writes as well as during them

    thread = threading.Thread(target=writer)
    thread.start()
    try:
        seen = [read_count(path) for _ in range(300)]
    finally:
        stop.set()
        thread.join()
    assert all(isinstance(v, int) for v in seen)
    numbers = [v for v in seen if v is not None]
    assert numbers == sorted(numbers)  # never back to an earlier count
