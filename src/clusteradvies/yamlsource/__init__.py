"""Read YAML into plain Python values while remembering where every key and item stood.

Every input goes through here: project files, answer files, partners' files, standard input
and the knowledge. Users need three things PyYAML's loaders do not give: a duplicate key is an
error; every later validation problem points at a line; and a file, whatever it holds, can
cost only bounded time and memory and never runs anything. So the parser's events are built
into plain values here (``builder``), only plain values are allowed (``scalars``), bytes are
checked before parsing (``decoding``) and the limits are in one place (``document.LIMITS``).
"""

from clusteradvies.yamlsource.document import LIMITS, KeyPath, Limits, LocatedDocument, dotted
from clusteradvies.yamlsource.reader import parse_bytes, parse_yaml, read_yaml, read_yaml_stream

__all__ = [
    "LIMITS",
    "KeyPath",
    "Limits",
    "LocatedDocument",
    "dotted",
    "parse_bytes",
    "parse_yaml",
    "read_yaml",
    "read_yaml_stream",
]
