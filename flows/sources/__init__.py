"""Sources: input files in, documents out, one direction:

    discover → shard → read → decode → RawDoc (or Reject)

* :mod:`~flows.sources.discovery`: the files that inputs (files, directories, globs) name, as a
  :class:`FileList`; what is not read carries why, for its Reject row.
* :mod:`~flows.sources.inputs`: what an input file is: its identity (real absolute path), format,
  crawl date (from a ``YYYY-MM-DD/`` directory) and content hash.
* :mod:`~flows.sources.sharding`: the file list cut into shards, one task each.
* :mod:`~flows.sources.readers`: a file's documents, by the reader of its format (one page per
  file; JSON Lines; WARC), gzip looked through, size-capped.
* :mod:`~flows.sources.decode`: bytes → text, one decoding path for every format.

Every document read becomes a RawDoc or, when it cannot be read or decoded, a Reject with a reason.
The names below are the sources' API for the flow, the CLI, tests and benchmarks.
"""

from flows.sources.decode import decode_bytes
from flows.sources.discovery import Selection, discover, skip_kind
from flows.sources.inputs import (
    FileList,
    InputFile,
    file_sha256,
    input_sha256,
    is_transient,
    safe_str,
    source_identity,
)
from flows.sources.readers import ReadConfig, read_file
from flows.sources.sharding import Shard, make_shards

__all__ = ["FileList", "InputFile", "ReadConfig", "Selection", "Shard", "decode_bytes", "discover", "file_sha256",
           "input_sha256", "is_transient", "make_shards", "read_file", "safe_str", "skip_kind", "source_identity"]
