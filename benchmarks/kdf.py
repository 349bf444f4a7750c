"""What a locked link's key costs: the server's wait for one derivation, and the passphrases per
second an attacker holding the link can try on this machine (one guess per core at a time).

Both for the first locked links' scrypt (n = 2**14, ``advisor.sharing.locking.SCRYPT_V1``) and for today's
derivation (``advisor.sharing.locking.CURRENT``), as medians of several runs; the About page states the
figures. ``python -m benchmarks.kdf [rounds]``.
"""

from __future__ import annotations

import os
import statistics
import sys
import time
from concurrent.futures import ProcessPoolExecutor

from advisor.sharing.locking import CURRENT, SCRYPT_V1, Kdf

SALT = bytes(16)
# Enough guesses per core and round that starting the round is a small part of it.
GUESSES_PER_ROUND = {SCRYPT_V1: 40, CURRENT: 5}


def derivation_ms(kdf: Kdf) -> float:
    """One derivation, in milliseconds, as the server waits for it."""
    started = time.perf_counter()
    kdf.derive(b"a guess", SALT)
    return (time.perf_counter() - started) * 1000


def _guess(kdf: Kdf, count: int) -> int:
    for guess in range(count):
        kdf.derive(f"guess {guess}".encode(), SALT)
    return count


def guesses_per_second(pool: ProcessPoolExecutor, kdf: Kdf, cores: int) -> float:
    """Every core trying passphrases at once, as an attacker holding the link would."""
    started = time.perf_counter()
    tried = sum(pool.map(_guess, [kdf] * cores, [GUESSES_PER_ROUND[kdf]] * cores))
    return tried / (time.perf_counter() - started)


def main(rounds: int = 7) -> None:
    """Before and after measured in turn within each round, so a machine busy with other work
    weighs on both alike; the medians over the rounds are printed."""
    cores = os.cpu_count() or 1
    kdfs = {"before": SCRYPT_V1, "after": CURRENT}
    waits: dict[str, list[float]] = {when: [] for when in kdfs}
    rates: dict[str, list[float]] = {when: [] for when in kdfs}
    with ProcessPoolExecutor(cores) as pool:
        for _ in range(rounds):
            for when, kdf in kdfs.items():
                waits[when] += [derivation_ms(kdf) for _ in range(3)]
                rates[when].append(guesses_per_second(pool, kdf, cores))
    print(f"{cores} cores, {rounds} rounds: median time of one derivation, median guesses a second")
    for when, kdf in kdfs.items():
        print(f"{when}, {_name(kdf)}: {statistics.median(waits[when]):,.0f} ms a derivation, "
              f"{statistics.median(rates[when]):,.1f} guesses a second")
    ratios = [old / new for old, new in zip(rates["before"], rates["after"], strict=True)]
    print(f"guesses a second, before over after, round by round: median {statistics.median(ratios):.1f}x "
          f"(from {min(ratios):.1f}x to {max(ratios):.1f}x)")


def _name(kdf: Kdf) -> str:
    if kdf.kind == "scrypt":
        return f"scrypt n=2**{kdf.log2_memory}, r={kdf.passes}, p={kdf.lanes}"
    return f"Argon2id {2**kdf.log2_memory // 1024} MiB, {kdf.passes} passes, {kdf.lanes} lane(s)"


if __name__ == "__main__":
    main(*(int(argument) for argument in sys.argv[1:2]))
