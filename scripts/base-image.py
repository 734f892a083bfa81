"""A minimal Java 17 base image made offline, as a `docker save` tarball Jib reads with `tar://`.

Usage: python3 scripts/base-image.py JAVA_RUNTIME_DIR OUT.tar

JAVA_RUNTIME_DIR is a Java runtime made by jlink (scripts/image makes it from the machine's JDK).
The image holds that runtime under /opt/java, the shared libraries its ELF files load (found with
ldd, copied from this machine: glibc and zlib), the CA certificates Java trusts here, an
/etc/passwd with the unprivileged user 185 (as in the UBI OpenJDK images Quarkus uses by
default) and an empty /tmp. No shell, no package manager. One layer, written reproducibly: every
entry owned by root (but the user's home), time 0, sorted by name.

No third-party modules: CI runs it on a fresh clone.
"""
import hashlib
import io
import json
import os
import subprocess
import sys
import tarfile

USER_ID = 185
HOME = "/home/jboss"
# Parts of java.desktop that only a display or a sound card loads; the libraries they need (X11,
# ALSA) are not copied. Headless AWT (fonts, images) keeps what it needs.
DESKTOP_ONLY = {"libawt_xawt.so", "libjawt.so", "libsplashscreen.so", "libjsound.so"}


def shared_libraries(runtime):
    """Every library that ldd resolves for the runtime's ELF files, by the path it loads it from."""
    libraries = set()
    for root, _, names in os.walk(runtime):
        for name in names:
            path = os.path.join(root, name)
            if os.path.islink(path) or not os.path.isfile(path) or name in DESKTOP_ONLY:
                continue
            with open(path, "rb") as f:
                if f.read(4) != b"\x7fELF":
                    continue
            out = subprocess.run(["ldd", path], capture_output=True, text=True).stdout
            for line in out.splitlines():
                line = line.strip()
                if "=>" in line:
                    target = line.split("=>", 1)[1].strip().split(" (")[0]
                elif line.startswith("/"):
                    target = line.split(" (")[0]
                else:
                    continue
                # Libraries of the runtime itself ($ORIGIN) are in it already; "not found" is a
                # library an optional part of the JDK would load (none the service uses).
                if target.startswith("/") and not os.path.realpath(target).startswith(runtime):
                    libraries.add(target)
    return sorted(libraries)


def main():
    runtime = os.path.realpath(sys.argv[1])
    out = sys.argv[2]
    layer = io.BytesIO()

    def info(name, kind=tarfile.REGTYPE, mode=0o644, owner=0):
        entry = tarfile.TarInfo(name.lstrip("/"))
        entry.type = kind
        entry.mode = mode
        entry.uid = entry.gid = owner
        entry.uname = entry.gname = ""
        entry.mtime = 0
        return entry

    entries = {}

    def directory(name, mode=0o755, owner=0):
        parts = name.strip("/").split("/")
        for i in range(1, len(parts) + 1):
            path = "/".join(parts[:i])
            if path not in entries:
                entries[path] = (info(path, tarfile.DIRTYPE, 0o755), None)
        entries[name.strip("/")] = (info(name, tarfile.DIRTYPE, mode, owner), None)

    def file(name, data, mode=0o644):
        directory(os.path.dirname(name.strip("/")) or ".")
        entry = info(name, mode=mode)
        entry.size = len(data)
        entries[name.strip("/")] = (entry, data)

    def copy(source, name):
        with open(source, "rb") as f:
            file(name, f.read(), os.stat(source).st_mode & 0o777)

    for root, dirs, names in os.walk(runtime):
        relative = os.path.relpath(root, runtime)
        target = "/opt/java" if relative == "." else "/opt/java/" + relative
        directory(target)
        for name in names:
            copy(os.path.join(root, name), target + "/" + name)
    for library in shared_libraries(runtime):
        copy(os.path.realpath(library), library)
    cacerts = "/etc/ssl/certs/java/cacerts"
    if os.path.isfile(cacerts):
        copy(cacerts, "/opt/java/lib/security/cacerts")
    file("/etc/passwd", f"root:x:0:0:root:/root:/sbin/nologin\n"
         f"jboss:x:{USER_ID}:{USER_ID}:service:{HOME}:/sbin/nologin\n".encode())
    file("/etc/group", f"root:x:0:\njboss:x:{USER_ID}:\n".encode())
    file("/etc/nsswitch.conf", b"passwd: files\ngroup: files\nhosts: files dns\n")
    # What a container runtime (and the kubelet) mounts over with the pod's own.
    file("/etc/hosts", b"127.0.0.1 localhost\n::1 localhost\n")
    file("/etc/resolv.conf", b"")
    directory("/tmp", 0o1777)
    # Mount points the container runtime fills; the dynamic loader finds the JDK's own libraries
    # ($ORIGIN) through /proc/self/exe.
    for mount_point in ("/proc", "/sys", "/dev"):
        directory(mount_point)
    directory(HOME, 0o755, USER_ID)
    entries.pop(".", None)

    with tarfile.open(fileobj=layer, mode="w", format=tarfile.PAX_FORMAT) as tar:
        for name in sorted(entries):
            entry, data = entries[name]
            tar.addfile(entry, io.BytesIO(data) if data is not None else None)
    layer_bytes = layer.getvalue()
    diff_id = "sha256:" + hashlib.sha256(layer_bytes).hexdigest()

    config = {
        "architecture": "amd64",
        "os": "linux",
        "config": {
            "Env": ["PATH=/opt/java/bin:/usr/bin:/bin", "JAVA_HOME=/opt/java", "LANG=C.UTF-8"],
            "User": str(USER_ID),
            "WorkingDir": HOME,
        },
        "rootfs": {"type": "layers", "diff_ids": [diff_id]},
        "history": [{"created_by": "scripts/base-image.py (jlink of the build machine's JDK)"}],
    }
    config_bytes = json.dumps(config, sort_keys=True).encode()
    config_name = hashlib.sha256(config_bytes).hexdigest() + ".json"
    manifest = [{"Config": config_name, "RepoTags": ["agendawijzer/java-base:17"],
                 "Layers": ["layer.tar"]}]

    with tarfile.open(out, "w") as tar:
        for name, data in [("manifest.json", json.dumps(manifest).encode()),
                           (config_name, config_bytes), ("layer.tar", layer_bytes)]:
            entry = info(name)
            entry.size = len(data)
            tar.addfile(entry, io.BytesIO(data))
    print(f"{out}: {len(layer_bytes) // (1024 * 1024)} MiB, {len(entries)} entries, {diff_id}")


if __name__ == "__main__":
    main()
