"""Shared helpers of the corpus rules: normalisation, stable 64-bit hashes, MinHash and sketches.

Everything here is deterministic across processes and runs (no ``hash()``, which Python salts
per process), because keys computed in different workers, or stored in the corpus index last
week, must compare equal. numpy is imported inside the functions that need it.
"""

from __future__ import annotations

import hashlib
import re
from array import array
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from newslint.checks._text import normalise_for_compare, words

if TYPE_CHECKING:
    import numpy as np

    from newslint.article import Article


_ASCII_WORD = re.compile(r"\w+(?:'\w+)*")


def norm_words(text: str) -> list[str]:
    """Word tokens after casefolding and unifying quotes and dashes: punctuation is dropped."""
    if text.isascii():
        # NOTE: same tokens as the general path (NFKC, the quote table and casefold are
        # no-ops or lower() on ASCII), about 40% faster; most corpora are mostly ASCII.
        return _ASCII_WORD.findall(text.lower())
    return words(normalise_for_compare(text))


# NOTE: the runner computes the keys of all corpus rules of one article in a row, and three
# rules need the body's words. A one-entry memo keyed by the body object (held, so its id
# cannot be reused) saves two tokenisations per article and never changes a result.
_memo: list[Any] = [None, [], 0]


def body_words(article: Article) -> list[str]:
    """``norm_words(article.body)``, memoised for the article being keyed."""
    if _memo[0] is not article.body:
        tokens = norm_words(article.body)
        _memo[:] = [article.body, tokens, hash64(" ".join(tokens))]
    return list(_memo[1])


def body_hash(article: Article) -> int:
    """Hash of the normalised body: equal for NL501 duplicates (and for NL502/NL503 to skip)."""
    body_words(article)
    return int(_memo[2])


def norm_text(text: str) -> str:
    """The comparison form of a text: its normalised words joined by single spaces."""
    return " ".join(norm_words(text))


def hash64(text: str) -> int:
    """A stable unsigned 64-bit hash of ``text`` (blake2b; fast enough for one call per line)."""
    return int.from_bytes(hashlib.blake2b(text.encode("utf-8"), digest_size=8).digest(), "little")


def pack_u64(values: Sequence[int]) -> bytes:
    """Pack unsigned 64-bit ints compactly (8 bytes each, vs ~32+8 for a tuple of ints)."""
    return array("Q", values).tobytes()


def unpack_u64(data: bytes) -> array[int]:
    out = array("Q")
    out.frombytes(data)
    return out


def pack_u32(values: Sequence[int]) -> bytes:
    """Pack unsigned 32-bit ints (line numbers, columns, clamped by the caller)."""
    return array("I", values).tobytes()


def unpack_u32(data: bytes) -> array[int]:
    out = array("I")
    out.frombytes(data)
    return out


def clamp32(value: int) -> int:
    return min(max(value, 0), 0xFFFFFFFF)


# --- MinHash ---------------------------------------------------------------------------------
# NOTE: a vectorised numpy MinHash instead of datasketch: measured 1,900 vs 855 signatures/s
# (128 permutations, word 2-grams, 10k articles of 2-5 KB, tokenising excluded), and numpy is
# the only dependency. Words are hashed as fixed-width UTF-32 rows, shingle hashes combine
# word hashes, and each permutation is a multiply-add on the splitmix64-mixed shingle hash.


def _splitmix(x: np.ndarray) -> np.ndarray:
    import numpy as np

    with np.errstate(over="ignore"):
        x = x + np.uint64(0x9E3779B97F4A7C15)
        x = (x ^ (x >> np.uint64(30))) * np.uint64(0xBF58476D1CE4E5B9)
        x = (x ^ (x >> np.uint64(27))) * np.uint64(0x94D049BB133111EB)
        return x ^ (x >> np.uint64(31))


def _seeds(count: int, salt: int) -> np.ndarray:
    import numpy as np

    return _splitmix(np.arange(count, dtype=np.uint64) + np.uint64(salt))


def word_hashes(tokens: Sequence[str]) -> np.ndarray:
    """64-bit hashes of word tokens, vectorised: the UTF-32 code units of each word (first 24
    characters; longer words are rare and a shared 24-character prefix is as good as equal)
    are combined with odd multipliers and mixed."""
    import numpy as np

    pairs = np.array(tokens, dtype="U24").view(np.uint64).reshape(len(tokens), 12)
    mult = _seeds(12, 0x7E57) | np.uint64(1)  # 12 columns of two UTF-32 code units each
    with np.errstate(over="ignore"):
        return _splitmix(pairs @ mult)


def shingle_hashes(tokens: Sequence[str], size: int) -> np.ndarray:
    """Distinct 64-bit hashes of the word ``size``-grams of ``tokens`` (one gram if shorter)."""
    import numpy as np

    if not tokens:
        return np.zeros(0, dtype=np.uint64)
    word_h = word_hashes(tokens)
    size = min(size, len(tokens))
    n = len(tokens) - size + 1
    acc = np.zeros(n, dtype=np.uint64)
    mult = _seeds(size, 0x5EED) | np.uint64(1)  # odd multipliers: order-sensitive combination
    with np.errstate(over="ignore"):
        for j in range(size):
            acc = acc + word_h[j : j + n] * mult[j]
    return np.unique(_splitmix(acc))


def minhash(shingles: np.ndarray, num_perm: int) -> np.ndarray:
    """MinHash signature (``num_perm`` uint64 minima) of a set of shingle hashes.

    The shingle hashes are already splitmix-mixed, so each permutation can be the cheap
    multiply-add ``a_p * h + b_p`` (mod 2**64, odd ``a_p``): a bijection of the 64-bit space.
    """
    import numpy as np

    if shingles.size == 0:
        return np.full(num_perm, np.iinfo(np.uint64).max, dtype=np.uint64)
    a = _seeds(num_perm, 0xA11CE) | np.uint64(1)
    b = _seeds(num_perm, 0xB0B)
    out = np.full(num_perm, np.iinfo(np.uint64).max, dtype=np.uint64)
    # NOTE: chunk the shingles so the (num_perm x chunk) matrix stays ~1 MB for long
    # articles; permutations as rows make the min a contiguous reduction (1.5x faster).
    step = 1024
    with np.errstate(over="ignore"):
        for start in range(0, shingles.size, step):
            block = np.multiply(a[:, None], shingles[None, start : start + step])
            block += b[:, None]
            np.minimum(out, block.min(axis=1), out=out)
    return out


def band_hashes(signature: np.ndarray, bands: int) -> bytes:
    """One 32-bit hash per LSH band (rows = len(signature) // bands), packed as bytes.

    32 bits suffice: a false bucket collision only adds a candidate, which the sketch
    comparison in the reduce step then rejects.
    """
    import numpy as np

    rows = signature.size // bands
    grid = signature[: rows * bands].reshape(bands, rows)
    mult = _seeds(rows, 0xBA5D) | np.uint64(1)
    with np.errstate(over="ignore"):
        combined = _splitmix((grid * mult[None, :]).sum(axis=1, dtype=np.uint64))
    return (combined >> np.uint64(32)).astype(np.uint32).tobytes()


def bottom_k(shingles: np.ndarray, k: int) -> bytes:
    """The ``k`` smallest shingle hashes (top 32 bits, sorted): a bottom-k sketch as bytes."""
    import numpy as np

    top = np.unique((shingles >> np.uint64(32)).astype(np.uint32))
    return top[:k].tobytes()


def candidate_pair_arrays(
    bands: Sequence[bytes],
    sketches: Sequence[bytes],
    n_bands: int,
    cap: int,
    min_shared: int,
    later_in: Sequence[int] | None = None,
) -> tuple[np.ndarray, np.ndarray]:
    """(i, j) index arrays, i < j, of articles sharing an LSH band or >= ``min_shared`` values.

    Vectorised with numpy (sort, then runs of equal values) instead of a dict of buckets per
    band: at 100k articles the dicts held millions of small lists. A band run longer than
    ``cap`` (a cluster of copies) pairs every member with its first ``cap`` members only; a
    sketch value in more than ``cap`` sketches is a common shingle and is skipped.
    ``later_in`` keeps only pairs whose later article is one of these positions (filtered in
    numpy, before any Python tuple is built: a pre-commit run needs a handful of pairs).
    """
    import numpy as np

    n = len(bands)
    if n < 2:
        return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64)
    later = None if later_in is None else np.asarray(later_in, dtype=np.int64)

    def keep(c: np.ndarray) -> np.ndarray:
        # filter each batch of pair codes as it comes, so np.unique never sees the rest
        return c if later is None else c[np.isin(c % n, later)]

    codes: list[np.ndarray] = []
    grid = np.frombuffer(b"".join(bands), dtype=np.uint32).reshape(n, n_bands)
    owners = np.arange(n, dtype=np.int64)
    for b in range(n_bands):
        codes.append(keep(_run_pair_codes(grid[:, b], owners, n, cap, skip_long=False)))
    lengths = np.fromiter((len(s) // 4 for s in sketches), dtype=np.int64, count=n)
    values = np.frombuffer(b"".join(sketches), dtype=np.uint32)
    shared = keep(_run_pair_codes(values, np.repeat(owners, lengths), n, cap, skip_long=True))
    uniq, counts = np.unique(shared, return_counts=True)
    codes.append(uniq[counts >= min_shared])
    merged = np.unique(np.concatenate(codes)) if codes else np.zeros(0, dtype=np.int64)
    # NOTE: arrays, not a list of tuples: at 100k articles there are millions of candidates,
    # and a Python tuple per pair cost gigabytes.
    return merged // n, merged % n


def _run_pair_codes(
    values: np.ndarray, owners: np.ndarray, n: int, cap: int, skip_long: bool
) -> np.ndarray:
    """Pair codes ``i * n + j`` (i < j) of owners holding an equal value."""
    import numpy as np

    if values.size < 2:
        return np.zeros(0, dtype=np.int64)
    order = np.argsort(values, kind="stable")  # stable: owners stay ascending within a run
    v, o = values[order], owners[order]
    starts = np.flatnonzero(np.concatenate(([True], v[1:] != v[:-1])))
    sizes = np.diff(np.concatenate((starts, [v.size])))
    out = [np.zeros(0, dtype=np.int64)]
    for size in np.unique(sizes[sizes > 1]).tolist():
        run_starts = starts[sizes == size]
        if size <= cap:
            # every pair of every run of this size at once (most runs have 2 members)
            members = o[run_starts[:, None] + np.arange(size)]
            first, second = np.triu_indices(size, 1)
            out.append((members[:, first] * n + members[:, second]).ravel())
        elif not skip_long:
            for start in run_starts.tolist():
                run = o[start : start + size]
                for a in range(cap):
                    out.append(run[a] * n + run[a + 1 :])
    return np.concatenate(out)


def sketch_compare(a: bytes, b: bytes, k: int) -> tuple[float, float, float]:
    """Estimated (Jaccard, containment of a in b, containment of b in a) of two bottom-k sketches.

    Both sketches hold every value of their set below their own k-th value, so below
    ``tau = min(max_a, max_b)`` (a sketch with fewer than k values holds its whole set) the two
    samples are exact and consistent: intersections there estimate the true overlap. That
    makes containment of a short text in a long one measurable, which MinHash alone is not.
    """
    va, vb = unpack_u32(a), unpack_u32(b)
    if not va or not vb:
        return 0.0, 0.0, 0.0
    tau = min(va[-1] if len(va) >= k else 0xFFFFFFFF, vb[-1] if len(vb) >= k else 0xFFFFFFFF)
    sa = {x for x in va if x <= tau}
    sb = {x for x in vb if x <= tau}
    if not sa or not sb:
        return 0.0, 0.0, 0.0
    inter = len(sa & sb)
    return inter / len(sa | sb), inter / len(sa), inter / len(sb)


def sketch_compare_many(
    sketches: Sequence[bytes], k: int, first: np.ndarray, second: np.ndarray
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """:func:`sketch_compare` of ``sketches[first[p]]`` with ``sketches[second[p]]`` for every p.

    The same estimates, to the last bit, for a whole batch of pairs at once: the NL502 reduce
    verifies hundreds of thousands of candidate pairs, which one by one in Python took 14 us
    each. Sketches are sets, so after masking values above ``tau`` (replaced by distinct
    sentinels) a value present in both rows shows up as two equal neighbours once the two
    rows are sorted together.
    """
    import numpy as np

    n = len(sketches)
    lens = np.fromiter((len(s) // 4 for s in sketches), dtype=np.int64, count=n)
    grid = np.full((n, k), 0, dtype=np.int64)
    flat = np.frombuffer(b"".join(sketches), dtype=np.uint32).astype(np.int64)
    rows = np.repeat(np.arange(n), lens)
    cols = np.arange(flat.size) - np.repeat(np.cumsum(lens) - lens, lens)
    grid[rows, cols] = flat
    inf = np.int64(0xFFFFFFFF)
    a, b = grid[first], grid[second]
    la, lb = lens[first], lens[second]
    last_a = np.where(la >= k, a[:, k - 1], inf)
    last_b = np.where(lb >= k, b[:, k - 1], inf)
    tau = np.minimum(last_a, last_b)[:, None]
    pos = np.arange(k)[None, :]
    keep_a = (pos < la[:, None]) & (a <= tau)
    keep_b = (pos < lb[:, None]) & (b <= tau)
    # distinct sentinels above any 32-bit value, different in the two rows
    a = np.where(keep_a, a, inf + 1 + pos)
    b = np.where(keep_b, b, inf + 1 + k + pos)
    merged = np.sort(np.concatenate((a, b), axis=1), axis=1)
    inter = (merged[:, 1:] == merged[:, :-1]).sum(axis=1)
    na, nb = keep_a.sum(axis=1), keep_b.sum(axis=1)
    ok = (na > 0) & (nb > 0)
    with np.errstate(divide="ignore", invalid="ignore"):
        jac = np.where(ok, inter / np.maximum(na + nb - inter, 1), 0.0)
        ca = np.where(ok, inter / np.maximum(na, 1), 0.0)
        cb = np.where(ok, inter / np.maximum(nb, 1), 0.0)
    return jac, ca, cb


# --- edit distance (NL504) -------------------------------------------------------------------


def levenshtein(a: str, b: str, limit: int) -> int:
    """Levenshtein distance of ``a`` and ``b``, or ``limit + 1`` once it must exceed ``limit``."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        if min(cur) > limit:
            return limit + 1
        prev = cur
    return prev[-1]
