"""What each known program does to files, the network and deployments.

One function per program family, keyed by basename in `RULES`. A program not
listed gets only its EXEC effect (added by the analyser).
"""

from __future__ import annotations

import base64
import posixpath
import re
from collections.abc import Callable
from urllib.parse import urlsplit

from lictor.classify._shell_run import Run, block_device, parse_opts
from lictor.classify._shell_words import Output, Word, word
from lictor.classify.targets import Place, git_remote_url, host_of
from lictor.model import Capability, Target, TargetKind

Rule = Callable[[Run], None]
RULES: dict[str, Rule] = {}


def _words(text: str) -> tuple[str, ...]:
    """A tuple of option names or words written as one space-separated string."""
    return tuple(text.split())


SHELLS = frozenset({"sh", "bash", "zsh", "dash", "ksh", "ash", "mksh", "fish", "rbash", "yash"})
DOWNLOADERS = frozenset({"curl", "wget", "fetch", "aria2c", "http", "https", "xh", "lwp-download"})
DECODERS = frozenset(
    {"base64", "base32", "xxd", "rev", "gunzip", "zcat", "uudecode", "openssl", "tr"}
)


def rule(*names: str) -> Callable[[Rule], Rule]:
    def register(fn: Rule) -> Rule:
        for name in names:
            RULES[name] = fn
        return fn

    return register


def looks_remote(value: str) -> bool:
    """`host:path`, `user@host:path`, `host::module` or a URL, as scp/rsync read them."""
    if "://" in value:
        return True
    head = value.split("/", 1)[0]
    return ":" in head and not value.startswith((".", "/", "~"))


def _remote_host(value: str) -> Word:
    if "://" in value:
        return word(value)
    host = value.split(":", 1)[0]
    return word(host)


# --- plain readers -------------------------------------------------------------------------

_READ_OPTS: dict[str, tuple[str, ...]] = {
    "head": ("-n", "-c", "--lines", "--bytes"),
    "tail": ("-n", "-c", "--lines", "--bytes", "-s", "--pid", "--sleep-interval"),
    "cut": ("-d", "-f", "-c", "-b", "--delimiter", "--fields", "--characters", "--bytes"),
    "stat": ("-c", "--format", "--printf"),
    "ls": ("-I", "--ignore", "-w", "--width", "--hide", "-T", "--tabsize", "--sort", "--format"),
    "du": ("-d", "--max-depth", "--exclude", "-B", "--block-size", "-t", "--threshold"),
    "tree": ("-L", "-I", "-P", "--charset", "--filelimit", "--timefmt", "--sort"),
    "diff": ("-U", "-C", "-x", "-X", "-I", "-F", "--unified", "--context", "--exclude", "--label"),
    "base64": ("-w", "--wrap"),
    "wc": ("--files0-from",),
    "bat": _words("-l --language -r --line-range --style --theme -H --highlight-line"),
    "nl": ("-b", "-d", "-f", "-h", "-i", "-l", "-n", "-s", "-v", "-w"),
    "od": ("-A", "-j", "-N", "-S", "-t", "-w"),
    "hexdump": ("-e", "-f", "-n", "-s"),
    "column": ("-s", "-c", "-o", "-t", "-N", "-R"),
    "jq": ("--arg", "--argjson", "--slurpfile", "--rawfile", "--indent", "-L", "--tab"),
    "yq": ("-o", "--output-format", "-p", "--input-format", "-I", "--indent"),
}
_LISTERS = frozenset({"ls", "tree", "du", "exa", "eza", "dir"})
_FIRST_IS_PROGRAM = frozenset({"jq", "yq"})


@rule(
    *_words(
        "cat tac less more head tail wc stat file nl od hexdump strings md5sum sha1sum "
        "sha224sum sha256sum sha384sum sha512sum b2sum cksum sum diff cmp comm ls tree "
        "du exa eza dir bat batcat readlink realpath paste column fold fmt expand "
        "unexpand cut jq yq zcat bzcat xzcat zless zmore lsattr getfacl view base32 "
        "colordiff sdiff diff3 ldd objdump readelf nm"
    )
)
def _readers(r: Run) -> None:
    opts = parse_opts(r.args, _READ_OPTS.get(r.prog, ()))
    files = opts.positionals[1:] if r.prog in _FIRST_IS_PROGRAM else opts.positionals
    if r.prog in _LISTERS and not files:
        files = [word(".")]
    for w in files:
        r.read(w)
    if r.prog == "cat":
        known = r.stdin.text if not files else None
        downloaded = any(not w.dynamic and r.nested.downloaded(r.path(w)[0].path) for w in files)
        r.output = Output(known, r.stdin.download or downloaded, r.stdin.decoded)
    elif r.prog in ("zcat", "bzcat", "xzcat", "base32"):
        r.output = Output(None, r.stdin.download, True)


@rule("base64", "xxd", "uudecode", "rev", "gunzip", "tr")
def _decoders(r: Run) -> None:
    if r.prog == "tr":
        r.output = Output(None, r.stdin.download, True)
        return
    opts = parse_opts(r.args, _READ_OPTS.get(r.prog, ("-c", "-l", "-s", "-g", "-o")))
    decoding = r.prog in ("uudecode", "rev") or opts.has("-d", "--decode", "-D", "-r", "--revert")
    files = opts.positionals
    if r.prog == "xxd" and len(files) > 1:
        r.write(files[1])
        files = files[:1]
    if r.prog == "gunzip" and not opts.has("-c", "--stdout", "-l", "-t"):
        for w in files:
            r.write(w)
        return
    for w in files:
        r.read(w)
    text = _base64(r.stdin.text) if r.prog == "base64" and decoding and not files else None
    r.output = Output(text, r.stdin.download, decoding or r.stdin.decoded)


def _base64(text: str | None) -> str | None:
    """Decoded base64 of statically known input, so `echo ... | base64 -d | sh` is read."""
    if text is None:
        return None
    try:
        return base64.b64decode("".join(text.split()), validate=True).decode("utf-8")
    except (ValueError, UnicodeDecodeError):
        return None


@rule("sort", "uniq", "iconv")
def _filters(r: Run) -> None:
    opts = parse_opts(r.args, ("-k", "-t", "-o", "-S", "-T", "--key", "--output", "-f", "-t", "-s"))
    for w in opts.values("-o", "--output"):
        r.write(w)
    files = opts.positionals
    if r.prog == "uniq" and len(files) > 1:
        r.write(files[1])
        files = files[:1]
    for w in files:
        r.read(w)
    r.output = Output(None, r.stdin.download, r.stdin.decoded)


_GREP_VALUES = _words(
    "-e -f -m -A -B -C --include --exclude --exclude-dir -g --glob -t -T --type "
    "--type-not --max-count --regexp --file -d -D --context --after-context "
    "--before-context -j --threads -M --max-columns --ignore-file --max-depth "
    "--color --colors --replace"
)


@rule("grep", "egrep", "fgrep", "rg", "ag", "ack", "zgrep", "ugrep", "git-grep")
def _grep(r: Run) -> None:
    values = _GREP_VALUES + (("-r",) if r.prog == "rg" else ())
    opts = parse_opts(r.args, values)
    for w in opts.values("-f", "--file"):
        r.read(w)
    files = opts.positionals
    if not opts.has("-e", "-f", "--regexp", "--file"):
        files = files[1:]
    recursive = r.prog in ("rg", "ag", "ack") or opts.has("-r", "-R", "--recursive")
    if not files and recursive and not r.piped_in:
        files = [word(".")]
    for w in files:
        r.read(w)


@rule("sed", "gsed")
def _sed(r: Run) -> None:
    opts = parse_opts(
        r.args, ("-e", "-f", "--expression", "--file", "-l", "--line-length"), attached=("-i",)
    )
    for w in opts.values("-f", "--file"):
        r.read(w)
    files = (
        opts.positionals if opts.has("-e", "-f", "--expression", "--file") else opts.positionals[1:]
    )
    scripts = opts.values("-e", "--expression") or opts.positionals[:1]
    # GNU sed's `e` command and `w` flag run commands / write files from inside the script
    if any(re.search(r"(^|[;}\s/])e(\s|$)|/w\s", s.value) for s in scripts):
        r.exec_flags.add("inline_code")
    in_place = opts.has("-i", "--in-place") or any(
        name.startswith("--in-place") for name, _ in opts.pairs
    )
    for w in files:
        if in_place:
            r.write(w)
        else:
            r.read(w)


@rule("awk", "gawk", "mawk", "nawk")
def _awk(r: Run) -> None:
    opts = parse_opts(
        r.args, ("-f", "-v", "-F", "--file", "--assign", "--field-separator", "-i", "--include")
    )
    for w in opts.values("-f", "--file"):
        r.read(w)
    program = [] if opts.has("-f", "--file") else opts.positionals[:1]
    files = opts.positionals[len(program) :]
    if any(re.search(r"system\s*\(|\|\s*&?\s*\"|\|\s*getline", p.value) for p in program):
        r.exec_flags.add("inline_code")
    for w in files:
        if "=" not in w.value:
            r.read(w)


# --- writers -------------------------------------------------------------------------------


@rule("rm", "unlink", "rmdir", "srm")
def _rm(r: Run) -> None:
    opts = parse_opts(r.args, ("--interactive",))
    recursive = opts.has("-r", "-R", "--recursive") or r.prog == "srm"
    extra = ("no_preserve_root",) if opts.has("--no-preserve-root") else ()
    for w in opts.positionals:
        r.write(w, *extra, wipe=recursive)


@rule("shred", "wipe")
def _shred(r: Run) -> None:
    opts = parse_opts(r.args, ("-n", "-s", "--iterations", "--size", "--random-source"))
    for w in opts.positionals:
        r.write(w, wipe=True)


@rule("cp", "mv", "ln", "install", "rsync-local")
def _copy(r: Run) -> None:
    opts = parse_opts(
        r.args,
        _words("-t --target-directory -S --suffix -m --mode -o --owner -g --group"),
    )
    targets = opts.values("-t", "--target-directory")
    sources = opts.positionals
    if r.prog == "install" and opts.has("-d", "--directory"):
        for w in sources:
            r.write(w)
        return
    if not targets:
        if len(sources) < 2:
            if r.prog == "ln" and sources and not sources[0].dynamic:
                r.write(word(posixpath.basename(sources[0].value.rstrip("/")) or "."))
            for w in sources:
                r.read(w)
            return
        targets, sources = sources[-1:], sources[:-1]
    dest = targets[0]
    to_null = not dest.dynamic and dest.value == "/dev/null"
    for w in sources:
        if r.prog == "mv":
            r.write(w, wipe=to_null)
        elif r.prog != "ln":
            r.read(w)
    if not to_null:
        r.write(dest)


@rule("touch", "mkdir", "truncate", "tee", "mkfifo", "mknod", "rm-empty")
def _touch(r: Run) -> None:
    opts = parse_opts(
        r.args,
        ("-d", "-t", "-r", "--reference", "--date", "-m", "--mode", "-s", "--size", "-Z"),
    )
    for w in opts.values("-r", "--reference"):
        if r.prog != "tee":
            r.read(w)
    for w in opts.positionals:
        r.write(w)
    if r.prog == "tee":
        r.output = Output(r.stdin.text, r.stdin.download, r.stdin.decoded)


_CHMOD_FLAGS = frozenset(
    {
        *_words(
            "-R -f -v -c -h -H -L -P --recursive --verbose --changes --silent --quiet "
            "--no-dereference --dereference --preserve-root --no-preserve-root"
        )
    }
)


@rule("chmod", "chown", "chgrp", "chattr", "setfacl", "chcon")
def _chmod(r: Run) -> None:
    rest = [w for w in r.args if w.dynamic or w.value not in _CHMOD_FLAGS]
    reference = [w for w in rest if not w.dynamic and w.value.startswith(("--reference", "--from"))]
    rest = [w for w in rest if w not in reference]
    if not reference:
        rest = rest[1:]  # the mode, owner or attribute spec
    for w in rest:
        r.write(w)


@rule("dd")
def _dd(r: Run) -> None:
    for w in r.args:
        key, eq, value = w.value.partition("=")
        if not eq:
            continue
        target = Word(value, w.text, w.dynamic, w.glob, w.download)
        if key == "if":
            r.read(target)
        elif key == "of":
            r.write(target)
            if not w.dynamic and block_device(value):
                r.exec_flags.add("disk_tool")


_TAR_VALUES = _words(
    "-f --file -C --directory -T --files-from -X --exclude-from -b -H --format -I "
    "--use-compress-program -g -K -N -V -L"
)
_TAR_CODE = _words(
    "--checkpoint-action --to-command --rsh-command --info-script --new-volume-script -F"
)


@rule("tar", "bsdtar", "gtar")
def _tar(r: Run) -> None:
    args = list(r.args)
    if args and not args[0].dynamic and not args[0].value.startswith("-"):
        args[0] = Word("-" + args[0].value, args[0].text)  # old-style bundled `tar czf`
    opts = parse_opts(args, _TAR_VALUES)
    if any(name in _TAR_CODE for name, _ in opts.pairs):
        r.exec_flags.add("inline_code")
    archives = opts.values("-f", "--file")
    for w in opts.values("-T", "--files-from", "-X", "--exclude-from"):
        r.read(w)
    if opts.has("-c", "--create", "-r", "--append", "-u", "--update", "-A"):
        for w in archives:
            r.write(w)
        for w in opts.positionals:
            r.read(w)
    elif opts.has("-x", "--extract", "--get"):
        for w in archives:
            r.read(w)
        for w in opts.values("-C", "--directory") or [word(".")]:
            r.write(w)
    else:
        for w in archives:
            r.read(w)


@rule("zip", "7z", "7za", "rar")
def _zip(r: Run) -> None:
    opts = parse_opts(r.args, ("-P", "--password", "-i", "-x", "-TT", "--unzip-command", "-b"))
    if opts.has("-TT", "--unzip-command"):
        r.exec_flags.add("inline_code")
    files = opts.positionals
    if r.prog != "zip" and files:
        files = files[1:]  # 7z/rar subcommand letter
    if files:
        r.write(files[0])
    for w in files[1:]:
        r.read(w)


@rule("unzip")
def _unzip(r: Run) -> None:
    opts = parse_opts(r.args, ("-d", "-P", "-x"))
    if opts.positionals:
        r.read(opts.positionals[0])
    if not opts.has("-l", "-t", "-v", "-p", "-Z"):
        for w in opts.values("-d") or [word(".")]:
            r.write(w)


@rule("gzip", "bzip2", "xz", "zstd", "lz4", "bunzip2", "unxz", "unzstd", "compress", "pigz")
def _compressors(r: Run) -> None:
    opts = parse_opts(r.args, ("-S", "--suffix", "-T", "--threads", "-o"))
    only_reads = opts.has("-c", "--stdout", "-l", "--list", "-t", "--test", "-k", "--keep")
    for w in opts.positionals:
        if only_reads:
            r.read(w)
        else:
            r.write(w)
    for w in opts.values("-o"):
        r.write(w)


@rule("patch")
def _patch(r: Run) -> None:
    opts = parse_opts(
        r.args,
        _words("-i --input -p -d --directory -o --output -r -B -F -z -V -D --strip"),
    )
    for w in opts.values("-i", "--input"):
        r.read(w)
    for w in opts.values("-o", "--output"):
        r.write(w)
    written = opts.positionals[:1] or opts.values("-d", "--directory") or [word(".")]
    for w in written:
        r.write(w)


@rule("vi", "vim", "nvim", "nano", "emacs", "ed", "pico", "micro", "joe", "kak", "hx")
def _editors(r: Run) -> None:
    opts = parse_opts(r.args, ("-c", "--cmd", "-S", "-u", "-i", "-T", "-s", "-w", "-W"))
    commands = opts.values("-c", "--cmd") + [w for w in opts.positionals if w.value.startswith("+")]
    if any(
        "!" in c.value or "system" in c.value or c.value.startswith(("py", "lua")) for c in commands
    ):
        r.exec_flags.add("inline_code")
    for w in opts.positionals:
        if not w.value.startswith("+"):
            r.write(w)


@rule("split", "csplit")
def _split(r: Run) -> None:
    opts = parse_opts(r.args, ("-l", "-b", "-C", "-n", "-a", "-d", "--additional-suffix", "-f"))
    if opts.positionals:
        r.read(opts.positionals[0])
    r.write(opts.positionals[1] if len(opts.positionals) > 1 else word("x"))


# --- disks ---------------------------------------------------------------------------------


@rule(
    *_words(
        "mkfs mke2fs mkswap fdisk sfdisk cfdisk gdisk sgdisk parted gparted wipefs "
        "blkdiscard partprobe hdparm badblocks cryptsetup zpool pvcreate vgcreate "
        "lvcreate lvremove mdadm sgdisk losetup mkdosfs mkntfs tune2fs e2fsck fsck "
        "resize2fs xfs_repair dmsetup"
    )
)
def _disk(r: Run) -> None:
    r.exec_flags.add("disk_tool")
    for w in r.args:
        if w.dynamic or w.value.startswith("/dev/") or (w.value.startswith("/") and "." in w.value):
            r.write(w, "disk_tool")


# --- network -------------------------------------------------------------------------------

_CURL_VALUES = _words(
    "-o --output -d --data --data-raw --data-binary --data-urlencode --data-ascii "
    "--json -F --form --form-string -T --upload-file -H --header -u --user -X "
    "--request -A --user-agent -e --referer -b --cookie -c --cookie-jar -K --config "
    "-x --proxy -w --write-out --url --resolve --connect-to -m --max-time "
    "--connect-timeout --retry -r --range -E --cert --key --cacert --capath -U "
    "--proxy-user -Q --quote -z --time-cond -C --continue-at --limit-rate -D "
    "--dump-header --stderr --trace --trace-ascii --interface --local-port -y -Y -t "
    "--telnet-option --unix-socket --oauth2-bearer --aws-sigv4 --variable --ciphers "
    "--dns-servers --doh-url --output-dir --mail-from --mail-rcpt --socks5 "
    "--socks5-hostname --noproxy --proto --proto-redir -P --ftp-port --netrc-file "
    "--retry-delay --retry-max-time --speed-limit --speed-time --max-filesize "
    "--max-redirs --expect100-timeout --pinnedpubkey --tls-max"
)
_CURL_DATA = _words(
    "-d --data --data-raw --data-binary --data-urlencode --data-ascii --json -F "
    "--form --form-string -T --upload-file"
)


@rule("curl")
def _curl(r: Run) -> None:
    opts = parse_opts(r.args, _CURL_VALUES)
    upload = False
    for name, value in opts.pairs:
        if name not in _CURL_DATA or value is None:
            continue
        upload = True
        raw = value.value
        ref = raw[1:] if raw.startswith("@") else raw if name in ("-T", "--upload-file") else ""
        if name in ("-F", "--form") and re.search(r"=[@<]", raw):
            ref = re.split(r"=[@<]", raw, maxsplit=1)[1].split(";")[0]
        if ref and ref != "-" and name != "--data-raw":
            r.read(Word(ref, value.text, value.dynamic))
    for w in opts.values("-K", "--config", "--netrc-file"):
        r.read(w)
    if opts.has("-n", "--netrc"):
        r.read(word("~/.netrc"))
    flags = {"upload"} if upload or (r.piped_in and _reads_stdin(opts)) else set()
    urls = opts.positionals + opts.values("--url")
    for w in urls:
        r.url(w, *flags)
    saved = opts.values("-o", "--output")
    if opts.has("-O", "--remote-name", "--remote-name-all"):
        saved += [word(_url_basename(w.value)) for w in urls if not w.dynamic]
    for w in saved:
        if w.value != "-":
            r.write(w, "download")
            r.nested.mark_downloaded(download_key(r, w))
    for w in opts.values("-c", "--cookie-jar", "-D", "--dump-header", "--trace", "--stderr"):
        r.write(w)
    if not saved or any(w.value == "-" for w in saved):
        r.output = Output(None, download=True)


def download_key(r: Run, w: Word) -> str:
    """What identifies a saved download: its path, or its spelling when the path is dynamic."""
    return "text:" + w.text.strip("\"'") if w.dynamic else r.path(w)[0].path


def _reads_stdin(opts: object) -> bool:
    from lictor.classify._shell_run import Opts

    assert isinstance(opts, Opts)
    return any(v is not None and v.value in ("@-", "-") for _, v in opts.pairs)


def _url_basename(url: str) -> str:
    try:
        path = urlsplit(url if "://" in url else "//" + url).path
    except ValueError:
        return "index.html"
    return posixpath.basename(path) or "index.html"


_WGET_VALUES = _words(
    "-O --output-document -o --output-file -a --append-output -P --directory-prefix "
    "-i --input-file -U --user-agent --header --post-data --post-file --body-data "
    "--body-file --method -e --execute -t --tries -T --timeout -w --wait --user "
    "--password --http-user --http-password -B --base --load-cookies --save-cookies "
    "-Q --quota --limit-rate --bind-address -l --level -A --accept -R --reject -D "
    "--domains -X --exclude-directories -I --include-directories --referer "
    "--ca-certificate --certificate --private-key --use-askpass"
)


@rule("wget", "fetch", "aria2c", "lwp-download")
def _wget(r: Run) -> None:
    opts = parse_opts(r.args, _WGET_VALUES + (("-d", "--dir") if r.prog == "aria2c" else ()))
    upload = opts.has("--post-data", "--body-data", "--post-file", "--body-file")
    for w in opts.values("--post-file", "--body-file", "-i", "--input-file", "--load-cookies"):
        r.read(w)
    for w in opts.values("-o", "--output-file", "-a", "--append-output", "--save-cookies"):
        r.write(w)
    if opts.has("-e", "--execute"):
        r.exec_flags.add("inline_code")
    for w in opts.positionals:
        r.url(w, *(("upload",) if upload else ()))
    documents = opts.values("-O", "--output-document") if r.prog != "fetch" else opts.values("-o")
    if r.prog == "lwp-download" and len(opts.positionals) > 1:
        documents = opts.positionals[1:2]
    if not documents:
        prefix = next(iter(opts.values("-P", "--directory-prefix", "-d", "--dir")), None)
        for u in opts.positionals:
            name = _url_basename(u.text if u.dynamic else u.value)
            documents.append(
                word(posixpath.join(prefix.value, name) if prefix else name)
                if not u.dynamic
                else Word(name, u.text, dynamic=True)
            )
    to_stdout = False
    for w in documents:
        if w.value == "-":
            to_stdout = True
            continue
        r.write(w, "download")
        r.nested.mark_downloaded(download_key(r, w))
    r.output = Output(None, download=to_stdout)


@rule("nc", "ncat", "netcat", "telnet", "nc.openbsd", "nc.traditional", "pwncat")
def _netcat(r: Run) -> None:
    opts = parse_opts(
        r.args,
        _words(
            "-p -s -w -i -x -X -e -c -q -W -I -O -P -T -V -M -G -g --sh-exec --exec "
            "--lua-exec --proxy --proxy-type --source-port --source --wait"
        ),
    )
    if opts.has("-e", "-c", "--exec", "--sh-exec", "--lua-exec"):
        r.exec_flags.update({"reverse_shell", "inline_code"})
    if opts.has("-l", "--listen"):
        r.exec_flags.add("listener")
    flags = ("upload",) if r.piped_in else ()
    if opts.positionals and not opts.has("-l", "--listen"):
        host = opts.positionals[0]
        port = opts.positionals[1].value if len(opts.positionals) > 1 else ""
        value = f"{host.value}:{port}" if port and not host.dynamic else host.value
        r.host(Word(value, host.text, host.dynamic, download=host.download), *flags)
    r.output = Output(None, download=True)


@rule("socat")
def _socat(r: Run) -> None:
    opts = parse_opts(r.args, ("-d", "-lf", "-t", "-T"))
    network = False
    for w in opts.positionals[:2]:
        kind, _, rest = w.value.partition(":")
        kind = kind.upper()
        if kind in ("EXEC", "SYSTEM"):
            r.exec_flags.add("inline_code")
        elif "LISTEN" in kind:
            r.exec_flags.add("listener")
            network = True
        elif kind.startswith(("TCP", "UDP", "SCTP", "OPENSSL", "SSL", "SOCKS", "PROXY", "DCCP")):
            r.host(Word(rest.split(",")[0], w.text, w.dynamic), "upload")
            network = True
        elif kind in ("OPEN", "CREATE", "GOPEN", "FILE"):
            r.write(Word(rest.split(",")[0], w.text, w.dynamic))
    if network and "inline_code" in r.exec_flags:
        r.exec_flags.add("reverse_shell")


_SSH_VALUES = _words("-b -c -D -E -e -F -I -i -J -L -l -m -O -o -p -Q -R -S -W -w -B -P")


def _ssh_common(r: Run, opts: object) -> None:
    from lictor.classify._shell_run import Opts

    assert isinstance(opts, Opts)
    for w in opts.values("-i", "-F"):
        r.read(w)
    for w in opts.values("-J"):
        for hop in w.value.split(","):
            r.host(Word(hop, w.text, w.dynamic))
    if any(
        re.match(r"(?i)(proxycommand|localcommand|permitlocalcommand)", v.value)
        for v in opts.values("-o")
    ):
        r.exec_flags.add("inline_code")
    if opts.has("-L", "-R", "-D", "-W"):
        r.exec_flags.add("tunnel")


@rule("ssh", "autossh", "mosh")
def _ssh(r: Run) -> None:
    opts = parse_opts(r.args, _SSH_VALUES, stop_at_positional=True)
    _ssh_common(r, opts)
    if not opts.positionals:
        return
    dest, remote = opts.positionals[0], opts.positionals[1:]
    flags = {"upload"} if r.piped_in else set()
    if remote:
        flags.add("remote_exec")
    r.host(dest, *flags)
    r.output = Output(None, download=True)


@rule("scp", "sftp", "ftp", "lftp", "tftp", "rsync")
def _copy_remote(r: Run) -> None:
    values = (
        *_SSH_VALUES,
        "-e",
        "--rsh",
        "--exclude",
        "--include",
        "--filter",
        "-f",
        "--files-from",
        "--exclude-from",
        "--include-from",
        "-T",
        "--temp-dir",
        "--port",
        "--password-file",
        "--log-file",
        "--partial-dir",
        "--backup-dir",
        "--suffix",
        "--chmod",
        "--chown",
        "--bwlimit",
        "--timeout",
        "--rsync-path",
        "--out-format",
        "--max-size",
        "--min-size",
        "--compare-dest",
        "--copy-dest",
        "--link-dest",
        "-B",
        "--info",
        "--debug",
        "-M",
        "--remote-option",
        "--max-delete",
        "--usermap",
        "--groupmap",
        "--address",
        "-u",
    )
    if r.prog == "rsync":
        values = tuple(
            v
            for v in values
            if v
            not in ("-c", "-D", "-E", "-l", "-p", "-b", "-i", "-m", "-o", "-S", "-W", "-L", "-P")
        )
    opts = parse_opts(r.args, values)
    _ssh_common(r, opts)
    if opts.has("--rsync-path"):
        r.exec_flags.add("inline_code")
    for w in opts.values("--files-from", "--exclude-from", "--include-from", "--password-file"):
        r.read(w)
    operands = opts.positionals
    if r.prog in ("sftp", "ftp", "lftp", "tftp"):
        if operands:
            r.host(_remote_host(operands[0].value) if not operands[0].dynamic else operands[0])
        return
    if len(operands) < 2:
        for w in operands:
            (r.host(_remote_host(w.value)) if looks_remote(w.value) else r.read(w))
        return
    sources, dest = operands[:-1], operands[-1]
    local_sources = [w for w in sources if w.dynamic or not looks_remote(w.value)]
    for w in sources:
        if not w.dynamic and looks_remote(w.value):
            r.host(_remote_host(w.value))
        else:
            r.read(w)
    if not dest.dynamic and looks_remote(dest.value):
        r.host(_remote_host(dest.value), *(("upload",) if local_sources else ()))
    else:
        mirror = ("delete",) if any(n.startswith("--delete") for n, _ in opts.pairs) else ()
        r.write(dest, *mirror)


_DIG_WORDS = frozenset(
    {
        *_words(
            "A AAAA MX TXT NS CNAME SOA PTR SRV ANY CAA DS DNSKEY AXFR IXFR IN CH HS "
            "NAPTR HINFO SPF TLSA SSHFP HTTPS SVCB"
        )
    }
)


@rule(
    *_words(
        "dig nslookup host drill delv whois ping ping6 traceroute traceroute6 tracepath "
        "mtr nmap arping resolvectl kdig"
    )
)
def _dns(r: Run) -> None:
    opts = parse_opts(
        r.args,
        _words(
            "-t -c -p -q -k -y -b -f -W -R -N -m -i -I -s -w -Q -S -M -T -l -h -o "
            "-oN -oX -oG -oA --port"
        ),
    )
    for w in opts.values("-f"):
        if r.prog in ("dig", "kdig"):
            r.read(w)
    flags = (
        ("dns",)
        if r.prog
        not in ("ping", "ping6", "traceroute", "traceroute6", "tracepath", "mtr", "nmap", "arping")
        else ()
    )
    for w in opts.positionals:
        value = w.value
        if not w.dynamic and (
            value.startswith("+") or value.upper() in _DIG_WORDS or value == "query"
        ):
            continue
        if not w.dynamic and value.startswith("@"):
            w = Word(value[1:], w.text)
        r.host(w, *flags)
    r.output = Output(None, download=True)


# --- version control -----------------------------------------------------------------------

_GIT_GLOBAL_VALUES = _words(
    "-C -c --git-dir --work-tree --namespace --exec-path --config-env --super-prefix"
)
_GIT_CODE_KEYS = re.compile(
    r"(?i)^(alias\.|core\.(sshcommand|pager|editor|hookspath|fsmonitor|gitproxy)|"
    r"credential\.helper|diff\..*\.textconv|filter\.|protocol\..*\.allow|uploadpack\.packobjectshook)"
)
_GIT_READS = frozenset(
    {
        *_words(
            "status log diff show blame grep ls-files ls-tree rev-parse describe "
            "shortlog reflog cat-file rev-list for-each-ref show-ref name-rev "
            "whatchanged count-objects fsck check-ignore version help var merge-base "
            "cherry range-diff annotate verify-commit verify-tag"
        )
    }
)
_GIT_FETCHES = frozenset({"fetch", "pull", "ls-remote", "remote-update"})


def _git_remote_target(remote: str, place: Place | None = None) -> Target:
    url = remote if _is_url(remote) else _resolve_remote(remote, place)
    if url:
        return Target(TargetKind.URL, remote, host=host_of(url), repo=remote)
    return Target(TargetKind.REPO, remote, repo=remote)


def _resolve_remote(remote: str, place: Place | None) -> str:
    # A named remote is judged by the URL the repository's config gives it;
    # one added in the same command line is not resolved and stays hostless.
    return git_remote_url(remote, place.base) if place is not None else ""


def _is_url(remote: str) -> bool:
    return (
        "://" in remote
        or bool(re.match(r"^[\w.-]+@[\w.-]+:", remote))
        or bool(re.match(r"^[\w-]+(\.[\w-]+)+:", remote))
    )


@rule("git", "hub")
def _git(r: Run) -> None:
    opts = parse_opts(r.args, _GIT_GLOBAL_VALUES, stop_at_positional=True)
    for kv in opts.values("-c"):
        if _GIT_CODE_KEYS.match(kv.value):
            r.exec_flags.add("inline_code")
    repo_dir = next(iter(opts.values("-C", "--work-tree")), word("."))
    if not opts.positionals:
        return
    sub, rest = opts.positionals[0].value, opts.positionals[1:]
    if sub == "clone":
        sopts = parse_opts(
            rest,
            _words(
                "-b --branch --depth -o --origin --template -c --config --reference "
                "--separate-git-dir -j --jobs --filter -u --upload-pack "
                "--shallow-since --shallow-exclude"
            ),
        )
        if sopts.has("-u", "--upload-pack") or any(
            _GIT_CODE_KEYS.match(v.value) for v in sopts.values("-c", "--config")
        ):
            r.exec_flags.add("inline_code")
        if sopts.positionals:
            source = sopts.positionals[0]
            r.emit(
                Capability.EGRESS,
                _git_remote_target(source.value)
                if not source.dynamic
                else Target(TargetKind.URL, source.text),
                () if not source.dynamic else ("dynamic_target",),
            )
            dest = (
                sopts.positionals[1]
                if len(sopts.positionals) > 1
                else word(
                    posixpath.basename(source.value.rstrip("/")).removesuffix(".git") or "repo"
                )
            )
            r.write(_under(repo_dir, dest))
        return
    if sub == "push":
        _git_push(r, rest)
        return
    if sub in _GIT_FETCHES or (sub == "submodule" and "update" in [w.value for w in rest]):
        sopts = parse_opts(
            rest,
            _words(
                "--depth -j --jobs --upload-pack -o --server-option --refmap "
                "--shallow-since -s --strategy -X --strategy-option"
            ),
        )
        if sopts.has("--upload-pack"):
            r.exec_flags.add("inline_code")
        named = sopts.positionals[:1] if sub != "submodule" else []
        remote = named[0].value if named and not named[0].dynamic else "origin"
        r.emit(
            Capability.EGRESS,
            _git_remote_target(remote, r.place),
            () if named else ("implicit_remote",),
        )
        if sub in ("pull", "submodule"):
            r.write(repo_dir)
        return
    if sub in _GIT_READS or (
        sub in ("branch", "tag", "remote", "stash", "config", "worktree") and _git_listing(rest)
    ):
        r.read(repo_dir)
        return
    r.write(repo_dir)


def _under(base: Word, w: Word) -> Word:
    if base.value == "." or w.dynamic or w.value.startswith("/") or base.dynamic:
        return w
    return Word(posixpath.join(base.value, w.value), w.text)


def _git_listing(rest: list[Word]) -> bool:
    values = [w.value for w in rest]
    if not values:
        return True
    listing = {
        *_words(
            "-l --list -a --all -r --remotes -v --verbose show list --get --get-all "
            "--show-current --contains get-url --get-regexp -vv"
        )
    }
    return all(v in listing or v.startswith("--format") for v in values)


def _git_push(r: Run, rest: list[Word]) -> None:
    opts = parse_opts(
        rest,
        ("-o", "--push-option", "--repo", "--receive-pack", "--exec", "--signed"),
    )
    if opts.has("--receive-pack", "--exec"):
        r.exec_flags.add("inline_code")
    base: set[str] = {"git_push"}
    if opts.has("-f", "--force", "--force-if-includes") or any(
        name.startswith("--force-with-lease") for name, _ in opts.pairs
    ):
        base.add("force_push")
    if opts.has("-d", "--delete"):
        base.add("delete_branch")
    if opts.has("--mirror"):
        base |= {"force_push", "delete_branch", "all_branches"}
    if opts.has("--all", "--branches"):
        base.add("all_branches")
    if opts.has("--tags"):
        base.add("tags")
    if opts.has("-n", "--dry-run"):
        base.add("dry_run")
    positionals = opts.positionals
    repo = next(iter(opts.values("--repo")), None)
    remote_word = repo or (positionals[0] if positionals else None)
    refspecs = positionals[1:] if repo is None else positionals
    remote = (
        "origin"
        if remote_word is None
        else remote_word.text
        if remote_word.dynamic
        else remote_word.value
    )
    remote_flags = set() if remote_word else {"implicit_remote"}
    if remote_word is not None and remote_word.dynamic:
        remote_flags.add("dynamic_target")
    remote_url = (
        ""
        if "dynamic_target" in remote_flags
        else (remote if _is_url(remote) else _resolve_remote(remote, r.place))
    )
    host = host_of(remote_url) if remote_url else ""
    if not refspecs:
        _branch(r, remote, host, "", base | remote_flags | {"implicit_branch"})
    for spec in refspecs:
        flags = base | remote_flags
        if spec.dynamic:
            _branch(r, remote, host, "", flags | {"implicit_branch", "dynamic_target"})
            continue
        value = spec.value
        if value.startswith("+"):
            flags.add("force_push")
            value = value[1:]
        src, colon, dst = value.partition(":")
        branch = dst if colon else src
        if colon and not src:
            flags.add("delete_branch")
        if branch.startswith("refs/tags/"):
            flags.add("tags")
        branch = branch.removeprefix("refs/heads/").removeprefix("refs/tags/")
        if branch in ("HEAD", "@", ""):
            flags.add("implicit_branch")
            branch = ""
        _branch(r, remote, host, branch, flags)
    if host:
        r.emit(
            Capability.EGRESS, Target(TargetKind.URL, remote, host=host, repo=remote), remote_flags
        )
    else:
        r.emit(Capability.EGRESS, Target(TargetKind.REPO, remote, repo=remote), remote_flags)
    if remote == "heroku" or host.endswith("heroku.com"):
        r.deploy("heroku")


def _branch(r: Run, remote: str, host: str, branch: str, flags: set[str]) -> None:
    target = Target(TargetKind.BRANCH, f"{remote}:{branch}", host=host, repo=remote, branch=branch)
    r.emit(Capability.WRITE, target, flags)


@rule("gh", "glab")
def _gh(r: Run) -> None:
    host = "github.com" if r.prog == "gh" else "gitlab.com"
    opts = parse_opts(
        r.args,
        _words("-R --repo --hostname -X --method -f -F --field --raw-field --input -H --header"),
    )
    flags: set[str] = set()
    if opts.has("-f", "-F", "--field", "--raw-field", "--input") or (
        opts.values("-X", "--method") and opts.values("-X", "--method")[0].value.upper() != "GET"
    ):
        flags.add("upload")
    for w in opts.values("--input"):
        r.read(w)
    host = next((w.value for w in opts.values("--hostname")), host)
    r.emit(Capability.EGRESS, Target(TargetKind.HOST, host, host=host), flags)
    sub = [w.value for w in opts.positionals[:2]]
    if sub[:1] == ["repo"] and sub[1:] == ["clone"]:
        r.write(word("."))
    if sub[:1] == ["release"] or sub == ["workflow", "run"]:
        r.deploy(r.prog, "publish")


# --- packages ------------------------------------------------------------------------------

_REGISTRY = {
    "pip": "pypi.org",
    "uv": "pypi.org",
    "poetry": "pypi.org",
    "pipenv": "pypi.org",
    "pipx": "pypi.org",
    "pdm": "pypi.org",
    "hatch": "pypi.org",
    "twine": "upload.pypi.org",
    "npm": "registry.npmjs.org",
    "yarn": "registry.npmjs.org",
    "pnpm": "registry.npmjs.org",
    "bun": "registry.npmjs.org",
    "npx": "registry.npmjs.org",
    "bunx": "registry.npmjs.org",
    "cargo": "crates.io",
    "go": "proxy.golang.org",
    "gem": "rubygems.org",
    "bundle": "rubygems.org",
    "composer": "repo.packagist.org",
    "conda": "conda.anaconda.org",
    "mamba": "conda.anaconda.org",
    "micromamba": "conda.anaconda.org",
    "uvx": "pypi.org",
    "dotnet": "api.nuget.org",
    "nuget": "api.nuget.org",
}
_INSTALLS = frozenset(
    {
        *_words(
            "install i add ci update upgrade up sync lock download wheel get require "
            "fetch create remove-none"
        )
    }
)
_PACKAGE_EXEC = frozenset({"exec", "dlx", "x", "run-remote"})
_PUBLISH = frozenset({"publish", "upload", "push", "release"})
_PIP_VALUES = _words(
    "-r --requirement -c --constraint -e --editable -i --index-url --extra-index-url "
    "-f --find-links -t --target --prefix --root --python -p --registry --cache-dir "
    "--src --only-binary --no-binary --platform --python-version --abi "
    "--implementation --trusted-host --proxy --cert --client-cert --global-option "
    "--config-settings --upgrade-strategy -d --dest --group --extra --index "
    "--default-index --with"
)


def package_manager(r: Run, tool: str, rest: list[Word]) -> None:
    """pip / npm / cargo... : installs reach the registry and run package code."""
    opts = parse_opts(rest, _PIP_VALUES)
    if not opts.positionals and tool in ("yarn", "bundle", "composer"):
        opts.positionals.append(word("install"))
    if not opts.positionals:
        return
    sub = opts.positionals[0].value
    args = opts.positionals[1:]
    if tool in ("uv", "pdm", "hatch") and sub == "pip" and args:
        sub, args = args[0].value, args[1:]
    if tool in ("uv", "pipx") and sub == "tool" and args:
        sub = "x" if args[0].value == "run" else args[0].value
        args = args[1:]
    if tool in ("go",) and sub == "mod" and args:
        sub, args = args[0].value, args[1:]
    if tool in ("conda", "mamba", "micromamba") and sub in ("env",) and args:
        sub, args = args[0].value, args[1:]
    registry = _REGISTRY.get(tool, tool)
    indexes = opts.values(
        *_words(
            "-i --index-url --extra-index-url --registry -f --find-links --index --default-index"
        )
    )
    if sub in _PUBLISH and tool not in ("go", "bundle", "conda"):
        r.emit(Capability.EGRESS, Target(TargetKind.HOST, registry, host=registry), {"upload"})
        r.deploy(tool, "publish")
        return
    if tool == "go" and sub == "run" and any("@" in w.value for w in args):
        sub = "x"
    if sub in _INSTALLS or sub in _PACKAGE_EXEC or tool in ("npx", "bunx", "uvx"):
        flags = {"package_install"} if sub in _INSTALLS else {"package_exec"}
        if sub not in _INSTALLS:
            r.exec_flags.add("package_exec")
        for w in indexes:
            if "://" in w.value or w.dynamic:
                r.url(w, *flags)
            else:
                r.read(w)
        if not any("://" in w.value for w in indexes) or opts.has("--extra-index-url"):
            r.emit(Capability.EGRESS, Target(TargetKind.HOST, registry, host=registry), flags)
        for w in opts.values("-r", "--requirement", "-c", "--constraint"):
            r.read(w)
        for w in opts.values("-e", "--editable"):
            (r.url(w, *flags) if "://" in w.value else r.read(w))
        for w in opts.values("-t", "--target", "--prefix", "--root", "-d", "--dest"):
            r.write(w)
        for w in args if sub in _INSTALLS else args[:1]:
            value = w.value.removeprefix("git+")
            if "://" in value or w.dynamic:
                r.url(Word(value, w.text, w.dynamic), *flags)
            elif value.startswith((".", "/", "~")) or value.endswith((".whl", ".tar.gz", ".tgz")):
                r.read(w)
        r.exec_flags.add("package_install" if sub in _INSTALLS else "package_exec")


@rule(
    *_words(
        "pip pip3 uv poetry pipenv pipx pdm hatch twine npm yarn pnpm bun cargo go gem "
        "bundle composer conda mamba micromamba npx bunx uvx dotnet nuget flit"
    )
)
def _packages(r: Run) -> None:
    tool = "pip" if re.fullmatch(r"pip[\d.]*", r.prog) else r.prog
    args = r.args
    if tool in ("npx", "bunx", "uvx"):
        args = [word("x"), *args]
    if tool in ("twine", "flit") and args and args[0].value in ("upload", "publish"):
        args = [word("publish"), *args[1:]]
    package_manager(r, tool, args)


@rule(
    *_words(
        "apt apt-get aptitude yum dnf apk brew pacman zypper snap port choco winget "
        "scoop flatpak nix-env"
    )
)
def _system_packages(r: Run) -> None:
    words = {w.value for w in r.args}
    if words & {
        *_words(
            "install upgrade update add reinstall dist-upgrade full-upgrade -S -Sy -Syu "
            "-i tap fetch download"
        )
    }:
        flags = {"package_install"}
        r.emit(Capability.EGRESS, Target(TargetKind.HOST, f"{r.prog} repositories"), flags)
        r.exec_flags.add("package_install")


# --- deploys -------------------------------------------------------------------------------

_KUBE_DEPLOY = frozenset(
    {
        *_words(
            "apply create delete replace rollout scale set patch edit label annotate "
            "drain cordon uncordon taint autoscale expose run exec cp port-forward debug "
            "attach certificate kustomize-apply"
        )
    }
)
_KUBE_VALUES = _words(
    "--context -n --namespace --kubeconfig -s --server --cluster --user --token -l "
    "--selector -f --filename -o --output --as --as-group -c --container -k "
    "--kustomize --field-manager --timeout --grace-period -p --patch --type --image "
    "--replicas --kube-context"
)


@rule("kubectl", "oc", "k")
def _kubectl(r: Run) -> None:
    opts = parse_opts(r.args, _KUBE_VALUES)
    for w in opts.values("--kubeconfig", "-f", "--filename", "-k", "--kustomize"):
        if "://" in w.value:
            r.url(w)
        else:
            r.read(w)
    sub = opts.positionals[0].value if opts.positionals else ""
    if sub in _KUBE_DEPLOY:
        flags = []
        if sub in ("delete", "drain") or (sub == "rollout" and "undo" in [w.value for w in r.args]):
            flags.append("destroy")
        if sub in ("exec", "cp", "attach", "debug", "run", "port-forward"):
            flags.append("remote_exec")
        r.deploy("kubectl", *flags)


@rule("helm")
def _helm(r: Run) -> None:
    opts = parse_opts(
        r.args,
        _words(
            "-f --values -n --namespace --kube-context --kubeconfig --set "
            "--set-string --set-file --version --repo --timeout --post-renderer"
        ),
    )
    for w in opts.values("-f", "--values", "--set-file", "--kubeconfig"):
        r.read(w)
    if opts.has("--post-renderer"):
        r.exec_flags.add("inline_code")
    sub = opts.positionals[0].value if opts.positionals else ""
    if sub in ("install", "upgrade", "uninstall", "delete", "rollback", "del", "un"):
        r.deploy("helm", *(("destroy",) if sub in ("uninstall", "delete", "del", "un") else ()))


@rule("terraform", "tofu", "terragrunt", "terraform.exe")
def _terraform(r: Run) -> None:
    opts = parse_opts(
        r.args,
        _words("-var -var-file -target -state -backup -lock-timeout -parallelism -replace -chdir"),
    )
    subs = [w.value for w in opts.positionals]
    if subs[:1] == ["run-all"]:
        subs = subs[1:]
    sub = subs[0] if subs else ""
    state_change = (
        sub == "state" and len(subs) > 1 and subs[1] in ("rm", "mv", "push", "replace-provider")
    )
    if sub in ("apply", "destroy", "import", "taint", "untaint", "refresh", "force-unlock") or (
        state_change or (sub == "workspace" and subs[1:2] == ["delete"])
    ):
        flags = []
        raw = {w.value.partition("=")[0] for w in r.args}
        if sub == "destroy" or "-destroy" in raw or state_change:
            flags.append("destroy")
        if raw & {"-auto-approve", "--auto-approve"}:
            flags.append("auto_approve")
        r.deploy(r.prog.removesuffix(".exe"), *flags)


@rule("pulumi")
def _pulumi(r: Run) -> None:
    opts = parse_opts(
        r.args,
        _words("-s --stack -C --cwd -m --message -c --config --target --parallel"),
    )
    subs = [w.value for w in opts.positionals]
    if subs[:1] in (["up"], ["update"], ["destroy"], ["refresh"], ["import"], ["cancel"]) or subs[
        :2
    ] == ["stack", "rm"]:
        flags = []
        if subs[:1] == ["destroy"] or subs[:2] == ["stack", "rm"]:
            flags.append("destroy")
        if opts.has("-y", "--yes", "-f", "--skip-preview"):
            flags.append("auto_approve")
        r.deploy("pulumi", *flags)


def _verbs_deploy(r: Run, tool: str, deploy: set[str], destroy: set[str]) -> None:
    verbs = {w.value for w in r.args if not w.dynamic and not w.value.startswith("-")}
    if verbs & (deploy | destroy):
        r.deploy(tool, *(("destroy",) if verbs & destroy else ()))


@rule("gcloud", "az", "doctl", "linode-cli", "ibmcloud", "oci")
def _clouds(r: Run) -> None:
    _verbs_deploy(
        r,
        r.prog,
        {
            *_words(
                "deploy create update patch set-iam-policy add-iam-policy-binding "
                "remove-iam-policy-binding resize rollback set-traffic update-traffic "
                "replace up swap restart set start stop scale"
            )
        },
        {"delete", "purge", "destroy"},
    )
    if r.prog == "gcloud" and {"storage", "cp"} <= {w.value for w in r.args}:
        _bucket_copy(r, "gcloud", "gs://")


@rule("gsutil")
def _gsutil(r: Run) -> None:
    _bucket_copy(r, "gsutil", "gs://")


_AWS_DEPLOY = re.compile(
    r"^(create|update|delete|put|terminate|run|deploy|attach|detach|modify|start|stop|reboot|"
    r"associate|disassociate|register|deregister|publish|invoke|execute|set|add|remove|import|"
    r"restore|revoke|authorize|enable|disable|reset|replace|cancel|upload|tag|untag)(-|$)"
)
_AWS_DESTROY = re.compile(r"^(delete|terminate|remove|deregister|purge)(-|$)")


@rule("aws", "awslocal", "sam", "cdk", "eb", "copilot")
def _aws(r: Run) -> None:
    opts = parse_opts(
        r.args,
        _words(
            "--profile --region --output --endpoint-url --query --cli-input-json "
            "--cli-input-yaml --color"
        ),
    )
    subs = [w.value for w in opts.positionals]
    if r.prog in ("sam", "cdk", "eb", "copilot"):
        if subs[:1] and subs[0] in _words(
            "deploy destroy delete terminate sync swap scale restore up"
        ):
            r.deploy(
                r.prog, *(("destroy",) if subs[0] in ("destroy", "delete", "terminate") else ())
            )
        return
    if subs[:1] == ["s3"]:
        _bucket_copy(r, "aws", "s3://")
        return
    op = subs[1] if len(subs) > 1 else ""
    if _AWS_DEPLOY.match(op):
        r.deploy("aws", *(("destroy",) if _AWS_DESTROY.match(op) else ()))


def _bucket_copy(r: Run, tool: str, scheme: str) -> None:
    opts = parse_opts(
        r.args,
        _words(
            "--profile --region --exclude --include --acl --storage-class --endpoint-url -h -o -p"
        ),
    )
    words = [w for w in opts.positionals if w.value not in ("s3", "storage")]
    verb = words[0].value if words else ""
    operands = words[1:]
    if verb in ("rm", "rb") or (verb == "sync" and opts.has("--delete", "-d")):
        r.deploy(tool, "destroy")
        return
    if verb not in ("cp", "sync", "mv", "rsync"):
        return
    if not operands:
        return
    dest = operands[-1]
    for w in operands[:-1]:
        if w.value.startswith(scheme):
            r.emit(Capability.EGRESS, Target(TargetKind.URL, w.value, host=host_of(w.value)))
        else:
            r.read(w)
    if dest.value.startswith(scheme):
        r.emit(
            Capability.EGRESS,
            Target(TargetKind.URL, dest.value, host=host_of(dest.value)),
            {"upload"},
        )
        r.deploy(tool, "upload")
    else:
        r.write(dest)


@rule(
    *_words(
        "fly flyctl vercel netlify serverless sls heroku firebase wrangler railway "
        "skaffold argocd nomad cap kamal render surge ansible-playbook ansible "
        "docker-compose podman-compose"
    )
)
def _platforms(r: Run) -> None:
    opts = parse_opts(
        r.args,
        _words(
            "-i --inventory -e --extra-vars -l --limit -m --module-name -a --args -a "
            "--app -c --config --scope --token -t --tags -u --user -f --file -p "
            "--project-name --site --dir -s --stage -r --region"
        ),
    )
    subs = [w.value for w in opts.positionals]
    sub = subs[0] if subs else ""
    tool = {"flyctl": "fly", "sls": "serverless", "podman-compose": "docker-compose"}.get(
        r.prog, r.prog
    )
    if tool == "ansible-playbook":
        for w in opts.positionals + opts.values("-i", "--inventory"):
            r.read(w)
        r.deploy(tool, *(("dry_run",) if opts.has("--check", "-C") else ()))
        return
    if tool == "ansible":
        module = next((w.value for w in opts.values("-m", "--module-name")), "command")
        r.deploy(
            tool, *(("remote_exec",) if module in ("command", "shell", "raw", "script") else ())
        )
        return
    if tool == "docker-compose":
        for w in opts.values("-f", "--file"):
            r.read(w)
        if sub == "push":
            r.deploy(tool)
        return
    destroy_words = {
        *_words(
            "destroy remove rm delete apps:destroy addons:destroy sites:delete down "
            "undeploy stop purge"
        )
    }
    deploy_words = {
        *_words(
            "deploy launch up publish release promote rollback scale redeploy run sync "
            "alias apply create secrets releases:rollback ps:scale config:set "
            "config:unset container:push container:release pipelines:promote "
            "maintenance:on apps:create restart ps:restart"
        )
    }
    if tool == "vercel" and (not sub or "." in sub or "/" in sub):
        sub = "deploy"  # bare `vercel [dir]` deploys
    if tool == "argocd" and subs[:1] == ["app"]:
        sub = subs[1] if len(subs) > 1 else ""
    if tool == "fly" and subs[:1] == ["apps"] and subs[1:2] == ["destroy"]:
        sub = "destroy"
    if (sub in destroy_words and tool not in ("skaffold",)) or (
        tool == "skaffold" and sub == "delete"
    ):
        r.deploy(tool, "destroy")
    elif sub in deploy_words:
        r.deploy(tool)


@rule("docker", "podman", "nerdctl")
def _docker(r: Run) -> None:
    opts = parse_opts(
        r.args,
        ("-H", "--host", "--context", "-c", "--config", "-l", "--log-level"),
        stop_at_positional=True,
    )
    if not opts.positionals:
        return
    sub, rest = opts.positionals[0].value, opts.positionals[1:]
    if sub == "compose":
        r.prog = "docker-compose"
        r.args = rest
        _platforms(r)
        return
    if sub in ("image", "container") and rest:
        sub, rest = rest[0].value, rest[1:]
    run_values = _words(
        "-v --volume --mount -e --env --env-file -p --publish --name --network --net "
        "-w --workdir -u --user --entrypoint --cap-add --pid --ipc --device "
        "--security-opt -t --tag -f --file --build-arg --platform --label -l "
        "--memory -m --cpus --restart --hostname -h --target --secret --cache-from "
        "--userns --uts --add-host --dns --gpus --ulimit --tmpfs --shm-size "
        "--log-driver --runtime -a --attach --cidfile --label-file --ssh --output -o"
    )
    sopts = parse_opts(rest, run_values, stop_at_positional=sub in ("run", "exec", "create"))
    if sub in ("push", "login"):
        if sub == "push":
            r.deploy("docker")
        for w in sopts.positionals[:1]:
            r.host(word(_registry_of(w.value)) if not w.dynamic else w, "upload")
        return
    if sub == "pull":
        for w in sopts.positionals[:1]:
            r.host(word(_registry_of(w.value)) if not w.dynamic else w)
        return
    if sub in ("stack", "service", "swarm") and rest:
        verb = rest[0].value
        if verb in ("deploy", "create", "update", "scale", "rollback", "rm", "remove", "leave"):
            r.deploy("docker", *(("destroy",) if verb in ("rm", "remove", "leave") else ()))
        return
    if sub in ("build", "buildx"):
        for w in sopts.values("-f", "--file", "--env-file", "--secret"):
            r.read(w)
        context = sopts.positionals[-1:] if sopts.positionals else []
        for w in context:
            (r.url(w) if "://" in w.value else r.read(w))
        if sopts.has("--push"):
            r.deploy("docker")
        return
    if sub in ("run", "create", "exec"):
        hostile = (
            sopts.has("--privileged")
            or any(
                v.value in ("host",)
                for v in sopts.values("--pid", "--net", "--network", "--ipc", "--uts", "--userns")
            )
            or any("SYS_ADMIN" in v.value or v.value == "ALL" for v in sopts.values("--cap-add"))
        )
        for v in sopts.values("-v", "--volume", "--mount"):
            host_path = (
                v.value.split(":")[0]
                if "source=" not in v.value
                else re.sub(r".*source=([^,]*).*", r"\1", v.value)
            )
            if host_path.startswith(("/", ".", "~", "$")):
                r.write(Word(host_path, v.text, v.dynamic), "mount")
                if host_path in ("/", "/var/run/docker.sock", "/etc", "/root"):
                    hostile = True
        for v in sopts.values("--env-file"):
            r.read(v)
        if hostile:
            r.exec_flags.add("container_escape")
            r.exec_flags.add("privileged")


def _registry_of(image: str) -> str:
    first = image.split("/", 1)[0]
    return (
        first
        if "/" in image and ("." in first or ":" in first or first == "localhost")
        else "docker.io"
    )


@rule("crontab", "at", "batch")
def _crontab(r: Run) -> None:
    opts = parse_opts(r.args, ("-u", "-f", "-q"))
    if r.prog == "crontab" and opts.has("-l") and not opts.has("-r", "-e"):
        return
    for w in opts.positionals if r.prog == "crontab" else opts.values("-f"):
        r.read(w)
    r.emit(Capability.WRITE, Target(TargetKind.COMMAND, r.prog), {"persistence"})


@rule("systemctl", "service", "launchctl", "update-rc.d", "chkconfig")
def _services(r: Run) -> None:
    verbs = {w.value for w in r.args}
    if verbs & {"enable", "load", "bootstrap", "link", "daemon-reload", "edit", "defaults", "on"}:
        r.emit(Capability.WRITE, Target(TargetKind.COMMAND, r.prog), {"persistence"})


@rule("openssl")
def _openssl(r: Run) -> None:
    opts = parse_opts(
        r.args,
        _words("-in -out -connect -key -pass -passin -k -inkey -cert -CAfile -servername"),
    )
    for w in opts.values("-in", "-key", "-inkey", "-cert"):
        r.read(w)
    for w in opts.values("-out"):
        r.write(w)
    for w in opts.values("-connect"):
        r.host(w, *(("upload",) if r.piped_in else ()))
    decode = opts.has("-d") or any(w.value in ("-d", "-base64") for w in r.args)
    r.output = Output(None, r.stdin.download, decode or r.stdin.decoded)
