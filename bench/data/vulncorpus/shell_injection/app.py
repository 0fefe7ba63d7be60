import subprocess
import sys


def count_lines(path):
    out = subprocess.check_output("wc -l " + path, shell=True, text=True)
    return int(out.split()[0])


if __name__ == "__main__":
    print(count_lines(sys.argv[1]))
