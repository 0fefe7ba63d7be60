import tempfile


def write_report(text):
    path = tempfile.mktemp(suffix=".txt")
    with open(path, "w") as fh:
        fh.write(text)
    return path
