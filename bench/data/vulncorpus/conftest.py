"""Each sample's tests import its app.py; the Flask stand-in is on the path."""

import pathlib
import sys

HERE = pathlib.Path(__file__).parent
sys.path.insert(0, str(HERE / "_shim"))
