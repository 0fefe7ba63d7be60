"""Code scanners behind `CodeScanner`: one file each."""
