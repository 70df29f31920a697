"""Sharding: the run's input files cut, in order, into shards of bounded files and bytes, one task each."""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass, field

from flows.sources.inputs import FileList, InputFile


@dataclass
class Shard:
    """A group of input files processed by one task."""

    files: list[InputFile] = field(default_factory=list)

    @property
    def key(self) -> str:
        # From the identities, not the rels: two roots' same-named files must not share a part file
        # name (a commit replaces a file of the same name).
        h = hashlib.sha256()
        for f in self.files:
            h.update(f.source_path.encode("utf-8", "surrogateescape") + b"\0")
        return h.hexdigest()[:16]

    @property
    def size(self) -> int:
        return sum(f.size for f in self.files)


class ShardList(Sequence[Shard]):
    """Shards of a file list, each made (with its files' InputFile objects) when it is asked for:
    the flow holds the boundaries, never every shard's files at once."""

    def __init__(self, files: Sequence[InputFile], bounds: list[int]) -> None:
        self._files, self._bounds = files, bounds  # shard k holds files bounds[k]..bounds[k+1]-1

    def __len__(self) -> int:
        return len(self._bounds) - 1

    def __getitem__(self, k):  # type: ignore[override]
        if isinstance(k, slice):
            return [self[j] for j in range(*k.indices(len(self)))]
        if not -len(self) <= k < len(self):
            raise IndexError("shard index out of range")
        k %= len(self)
        start, stop = self._bounds[k], self._bounds[k + 1]
        if isinstance(self._files, FileList):
            return Shard(self._files.files(start, stop))
        return Shard(list(self._files[start:stop]))


def make_shards(files: Sequence[InputFile], max_files: int = 2000, max_bytes: int = 64_000_000) -> ShardList:
    """Group files into shards of at most ``max_files`` files or ``max_bytes`` bytes (in order).

    Shards amortize task overhead: a Prefect task per document would cost more than the cleaning.
    """
    sizes = files.column("size").to_pylist() if isinstance(files, FileList) else [f.size for f in files]
    bounds = [0]
    count = total = 0  # files and bytes of the shard being filled
    for i, size in enumerate(sizes):
        if count and (count >= max_files or total + size > max_bytes):
            bounds.append(i)
            count = total = 0
        count += 1
        total += size
    if count:
        bounds.append(len(sizes))
    return ShardList(files, bounds)
