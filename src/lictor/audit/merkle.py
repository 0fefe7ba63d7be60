"""RFC 9162 Merkle tree hashing, proofs and proof verification.

Leaves are hashed as SHA-256(0x00 || data) and interior nodes as
SHA-256(0x01 || left || right), so a leaf can never pass for a node. Roots are
kept incrementally as a *frontier*: the roots of the perfect subtrees that
cover the log, largest first (one per set bit of the size).
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Sequence

HASH_SIZE = 32
EMPTY_ROOT = hashlib.sha256(b"").digest()
"""Root of the empty tree (RFC 9162 section 2.1.1)."""

SubtreeRoot = Callable[[int, int], bytes]
"""MTH(D[start:end]) for a half-open range of leaf indices."""


def leaf_hash(data: bytes) -> bytes:
    """The RFC 9162 hash of one leaf."""
    return hashlib.sha256(b"\x00" + data).digest()


def node_hash(left: bytes, right: bytes) -> bytes:
    """The RFC 9162 hash of an interior node."""
    return hashlib.sha256(b"\x01" + left + right).digest()


def push_leaf(frontier: list[bytes], size: int, leaf: bytes) -> list[tuple[int, int, bytes]]:
    """Add a leaf hash to the frontier of a tree of `size` leaves, in place.

    Returns the perfect subtrees completed by this leaf as (level, index, hash),
    where the subtree covers leaves [index * 2**level, (index + 1) * 2**level).
    """
    completed: list[tuple[int, int, bytes]] = []
    h = leaf
    level = 0
    n = size
    while n & 1:
        h = node_hash(frontier.pop(), h)
        level += 1
        n >>= 1
        completed.append((level, ((size + 1) >> level) - 1, h))
    frontier.append(h)
    return completed


def frontier_root(frontier: Sequence[bytes]) -> bytes:
    """The tree head of the tree a frontier describes."""
    if not frontier:
        return EMPTY_ROOT
    root = frontier[-1]
    for h in reversed(frontier[:-1]):
        root = node_hash(h, root)
    return root


def root_of(leaves: Sequence[bytes]) -> bytes:
    """MTH over leaf *data* (not hashes); for tests and small trees."""
    frontier: list[bytes] = []
    for i, data in enumerate(leaves):
        push_leaf(frontier, i, leaf_hash(data))
    return frontier_root(frontier)


def _split(n: int) -> int:
    """The largest power of two smaller than n (n > 1): RFC 9162's k."""
    return 1 << ((n - 1).bit_length() - 1)


def inclusion_path(index: int, size: int, subtree_root: SubtreeRoot) -> list[bytes]:
    """PATH(index, D[0:size]) of RFC 9162 section 2.1.3.1."""
    if not 0 <= index < size:
        raise ValueError(f"leaf {index} is not in a tree of size {size}")
    path: list[bytes] = []
    start, end, m = 0, size, index
    # Iterative form of the recursion; siblings are collected leaf-side first.
    while end - start > 1:
        k = _split(end - start)
        if m < k:
            path.append(subtree_root(start + k, end))
            end = start + k
        else:
            path.append(subtree_root(start, start + k))
            start += k
            m -= k
    path.reverse()
    return path


def consistency_path(old_size: int, new_size: int, subtree_root: SubtreeRoot) -> list[bytes]:
    """PROOF(old_size, D[0:new_size]) of RFC 9162 section 2.1.4.1."""
    if not 0 <= old_size <= new_size:
        raise ValueError(f"no consistency proof from size {old_size} to {new_size}")
    if old_size in (0, new_size):
        return []
    path: list[bytes] = []
    start, end, m, complete = 0, new_size, old_size, True
    while m != end - start:
        k = _split(end - start)
        if m <= k:
            path.append(subtree_root(start + k, end))
            end = start + k
        else:
            path.append(subtree_root(start, start + k))
            start += k
            m -= k
            complete = False
    if not complete:
        path.append(subtree_root(start, end))
    path.reverse()
    return path


def verify_inclusion(
    leaf: bytes, index: int, tree_size: int, proof: Sequence[bytes], root: bytes
) -> bool:
    """True when `proof` shows leaf hash `leaf` at `index` in the tree of `tree_size` with `root`.

    RFC 9162 section 2.1.3.2, step by step.
    """
    if index < 0 or index >= tree_size or any(len(p) != HASH_SIZE for p in proof):
        return False
    fn, sn, r = index, tree_size - 1, leaf
    for p in proof:
        if sn == 0:
            return False
        if fn & 1 or fn == sn:
            r = node_hash(p, r)
            if not fn & 1:
                while not fn & 1 and fn != 0:
                    fn >>= 1
                    sn >>= 1
        else:
            r = node_hash(r, p)
        fn >>= 1
        sn >>= 1
    return sn == 0 and r == root


def verify_consistency(
    old_size: int, new_size: int, old_root: bytes, new_root: bytes, proof: Sequence[bytes]
) -> bool:
    """True when `proof` shows the tree of `new_size` extends the tree of `old_size`.

    RFC 9162 section 2.1.4.2, plus its trivial cases: an empty old tree is
    consistent with anything, and equal sizes need equal roots and no proof.
    """
    if old_size < 0 or old_size > new_size or any(len(p) != HASH_SIZE for p in proof):
        return False
    if old_size == new_size:
        return not proof and old_root == new_root
    if old_size == 0:
        return not proof
    if not proof:
        return False
    path = list(proof)
    if old_size & (old_size - 1) == 0:
        path.insert(0, old_root)
    fn, sn = old_size - 1, new_size - 1
    while fn & 1:
        fn >>= 1
        sn >>= 1
    fr = sr = path[0]
    for c in path[1:]:
        if sn == 0:
            return False
        if fn & 1 or fn == sn:
            fr = node_hash(c, fr)
            sr = node_hash(c, sr)
            if not fn & 1:
                while not fn & 1 and fn != 0:
                    fn >>= 1
                    sn >>= 1
        else:
            sr = node_hash(sr, c)
        fn >>= 1
        sn >>= 1
    return sn == 0 and fr == old_root and sr == new_root
