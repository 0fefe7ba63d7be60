import subprocess


def git_version():
    out = subprocess.check_output("git --version", shell=True, text=True)
    return out.strip()
