"""RFC 9162 tree heads and proofs, against Certificate Transparency's published vectors."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from lictor.audit import verify_consistency, verify_inclusion
from lictor.audit.merkle import (
    EMPTY_ROOT,
    consistency_path,
    frontier_root,
    inclusion_path,
    leaf_hash,
    push_leaf,
    root_of,
)

# transparency-dev/merkle testonly vectors (same as RFC 6962's reference tests).
LEAVES = [
    bytes.fromhex(h)
    for h in [
        "",
        "00",
        "10",
        "2021",
        "3031",
        "40414243",
        "5051525354555657",
        "606162636465666768696a6b6c6d6e6f",
    ]
]
ROOTS = [
    "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
    "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
    "fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125",
    "aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77",
    "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
    "4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4",
    "76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef",
    "ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c",
    "5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328",
]
# (leaf index, tree size, proof)
INCLUSION = [
    (
        0,
        8,
        [
            "96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7",
            "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
            "6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4",
        ],
    ),
    (
        5,
        8,
        [
            "bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b",
            "ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0",
            "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
        ],
    ),
    (2, 3, ["fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125"]),
    (
        1,
        5,
        [
            "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
            "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
            "bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b",
        ],
    ),
]
# (old size, new size, proof)
CONSISTENCY = [
    (
        1,
        8,
        [
            "96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7",
            "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
            "6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4",
        ],
    ),
    (
        6,
        8,
        [
            "0ebc5d3437fbe2db158b9f126a1d118e308181031d0a949f8dededebc558ef6a",
            "ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0",
            "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
        ],
    ),
    (
        2,
        5,
        [
            "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
            "bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b",
        ],
    ),
]


def _subtree(data: list[bytes]):  # type: ignore[no-untyped-def]
    hashes = [leaf_hash(d) for d in data]

    def root(start: int, end: int) -> bytes:
        frontier: list[bytes] = []
        for i, h in enumerate(hashes[start:end]):
            push_leaf(frontier, i, h)
        return frontier_root(frontier)

    return root


def test_roots_match_the_published_tree_heads() -> None:
    assert EMPTY_ROOT.hex() == ROOTS[0]
    for size in range(len(LEAVES) + 1):
        assert root_of(LEAVES[:size]).hex() == ROOTS[size], size


def test_inclusion_proofs_match_and_verify() -> None:
    for index, size, expected in INCLUSION:
        proof = inclusion_path(index, size, _subtree(LEAVES))
        assert [p.hex() for p in proof] == expected
        root = bytes.fromhex(ROOTS[size])
        assert verify_inclusion(leaf_hash(LEAVES[index]), index, size, proof, root)
        assert not verify_inclusion(leaf_hash(LEAVES[index]), index, size, proof[:-1], root)
        assert not verify_inclusion(leaf_hash(b"wrong"), index, size, proof, root)
        assert not verify_inclusion(leaf_hash(LEAVES[index]), index, size * 2, proof, root)
        if index + 1 < size:
            assert not verify_inclusion(leaf_hash(LEAVES[index]), index + 1, size, proof, root)


def test_consistency_proofs_match_and_verify() -> None:
    for old, new, expected in CONSISTENCY:
        proof = consistency_path(old, new, _subtree(LEAVES))
        assert [p.hex() for p in proof] == expected
        old_root, new_root = bytes.fromhex(ROOTS[old]), bytes.fromhex(ROOTS[new])
        assert verify_consistency(old, new, old_root, new_root, proof)
        assert not verify_consistency(old, new, new_root, old_root, proof)
        assert not verify_consistency(old, new, old_root, new_root, proof[:-1])
        assert not verify_consistency(old, new, old_root, new_root, [*proof, old_root])
        assert not verify_consistency(old + 1, new, old_root, new_root, proof)


def test_trivial_consistency_cases() -> None:
    root = bytes.fromhex(ROOTS[3])
    assert verify_consistency(0, 3, EMPTY_ROOT, root, [])
    assert verify_consistency(3, 3, root, root, [])
    assert not verify_consistency(3, 3, root, EMPTY_ROOT, [])
    assert not verify_consistency(3, 2, root, root, [])
    assert not verify_consistency(1, 3, bytes.fromhex(ROOTS[1]), root, [])


def _flip(proof: list[bytes], which: int, bit: int) -> list[bytes]:
    item = bytearray(proof[which])
    item[bit // 8] ^= 1 << (bit % 8)
    return [*proof[:which], bytes(item), *proof[which + 1 :]]


@settings(max_examples=150, deadline=None)
@given(st.integers(1, 300), st.data())
def test_generated_inclusion_proofs_verify_and_a_flipped_bit_breaks_them(
    size: int, data: st.DataObject
) -> None:
    leaves = [i.to_bytes(4, "big") for i in range(size)]
    subtree = _subtree(leaves)
    root = subtree(0, size)
    index = data.draw(st.integers(0, size - 1))
    proof = inclusion_path(index, size, subtree)
    assert verify_inclusion(leaf_hash(leaves[index]), index, size, proof, root)
    if proof:
        which = data.draw(st.integers(0, len(proof) - 1))
        bit = data.draw(st.integers(0, 255))
        broken = _flip(proof, which, bit)
        assert not verify_inclusion(leaf_hash(leaves[index]), index, size, broken, root)


@settings(max_examples=150, deadline=None)
@given(st.integers(1, 300), st.data())
def test_generated_consistency_proofs_verify_and_a_flipped_bit_breaks_them(
    new: int, data: st.DataObject
) -> None:
    leaves = [i.to_bytes(4, "big") for i in range(new)]
    subtree = _subtree(leaves)
    old = data.draw(st.integers(1, new))
    proof = consistency_path(old, new, subtree)
    old_root, new_root = subtree(0, old), subtree(0, new)
    assert verify_consistency(old, new, old_root, new_root, proof)
    if proof:
        which = data.draw(st.integers(0, len(proof) - 1))
        bit = data.draw(st.integers(0, 255))
        assert not verify_consistency(old, new, old_root, new_root, _flip(proof, which, bit))
