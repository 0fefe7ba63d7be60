import pathlib
import tempfile

BASE = pathlib.Path("/srv/files")


def safe_path(name):
    path = (BASE / name).resolve()
    if not path.is_relative_to(BASE):
        raise ValueError("outside base")
    return path


def scratch():
    with tempfile.NamedTemporaryFile("w", delete=False, suffix=".txt") as fh:
        fh.write("x")
        return fh.name
