"""The garbage-collector settings of the processes that run jobs (the worker, its quality pool): the
collector must not be what a busy job spends its CPU on.

A running job allocates a few container objects per teacher call (request dicts, futures, coroutine
frames) on top of a heap of a few hundred thousand long-lived ones (modules, the SDK's and SQLAlchemy's
types, the taxonomy). With the defaults, every ~700 allocations a young collection ran, every few
seconds a full one walked the whole heap (~0.17 s each), and a default job spent ~2 ms of its ~15 ms of
worker CPU per sample in the collector (``python -m bench.profile_job`` prints it). Frozen and with a
larger young generation, it spends ~0.1 ms.
"""

from __future__ import annotations

import gc

# Young-generation threshold: most per-call objects die (by reference count) before 5,000 allocations
# have passed, so fewer of them survive into the older generations to be walked again and again.
YOUNG_THRESHOLD = 5000


def settle_heap() -> None:
    """Once per process, when its modules and data are loaded (a job starts, a pool process starts):
    what the process holds now moves out of the collector's reach, and young collections run less often.

    Once only: a process that runs many jobs (a worker, the tests) would otherwise freeze each job's
    leftovers too, and frozen objects in reference cycles are never freed.
    """
    if gc.get_freeze_count() == 0:
        freeze_heap()
    raise_young_threshold()


def freeze_heap() -> None:
    """Move what the process holds now out of the collector's reach, after collecting what is garbage.
    Cumulative: a later call adds what was loaded since (a pool process's PHI recognizers), so call it only
    where the live objects are data the process keeps, not a job's leftovers."""
    gc.collect()
    gc.freeze()


def raise_young_threshold() -> None:
    young, *older = gc.get_threshold()
    if young < YOUNG_THRESHOLD:
        gc.set_threshold(YOUNG_THRESHOLD, *older)
