"""Inspect the image tarball scripts/image made, lay its filesystem out as a container runtime
would, and print what to run: a small stand-in for `docker run`, since no daemon runs here.

Usage: python3 .ci/image-run.py inspect IMAGE.tar ROOTFS   (checks, extracts, writes ROOTFS.json)
       python3 .ci/image-run.py exec ROOTFS [NAME=VALUE ...]
         (as root in a mount namespace where ROOTFS is mounted: chroot, chdir to WorkingDir,
          become User, exec Entrypoint + Cmd with the image's Env plus NAME=VALUE)

No third-party modules: CI runs it on a fresh clone.
"""
import json
import os
import sys
import tarfile


def fail(message):
    raise SystemExit(f"image check: {message}")


def inspect(image, rootfs):
    with tarfile.open(image) as tar:
        manifest = json.load(tar.extractfile("manifest.json"))[0]
        config = json.load(tar.extractfile(manifest["Config"]))
        c = config["config"]
        user = c.get("User", "")
        uid = user.split(":")[0]
        # Kubernetes' runAsNonRoot can only verify a numeric user.
        if not uid.isdigit() or int(uid) == 0:
            fail(f"User is {user!r}, not a numeric non-root user")
        entrypoint = c.get("Entrypoint") or []
        if not entrypoint or entrypoint[-2:] != ["-jar", "quarkus-run.jar"]:
            fail(f"Entrypoint {entrypoint} does not run quarkus-run.jar")
        ports = set(c.get("ExposedPorts", {}))
        if not {"8080/tcp", "9000/tcp"} <= ports:
            fail(f"ExposedPorts {sorted(ports)} lack 8080 (API) or 9000 (management)")
        if "QUARKUS_PROFILE=postgresql" not in c.get("Env", []):
            fail(f"Env {c.get('Env')} does not select the postgresql profile")
        if len(config["rootfs"]["diff_ids"]) != len(manifest["Layers"]):
            fail("config and manifest disagree on the layers")
        os.makedirs(rootfs, exist_ok=True)
        workdir = c.get("WorkingDir", "/").strip("/")
        seen = {}
        for i, layer in enumerate(manifest["Layers"]):
            with tarfile.open(fileobj=tar.extractfile(layer)) as lt:
                names = []
                for member in lt.getmembers():
                    name = os.path.normpath(member.name).lstrip("/")
                    if name.startswith("..") or os.path.basename(name).startswith(".wh."):
                        fail(f"layer {i} has an entry {member.name!r} this check cannot apply")
                    names.append(name)
                    lt.extract(member, rootfs, set_attrs=True, numeric_owner=True,
                               filter="fully_trusted")
                seen[i] = names
        app = os.path.join(workdir, "quarkus-run.jar")
        where = [i for i, names in seen.items() if app in names]
        if not where:
            fail(f"no layer holds /{app}")
        jars = [n for names in seen.values() for n in names
                if n.startswith(os.path.join(workdir, "app/")) and n.endswith(".jar")]
        if not any("agendawijzer-api" in j for j in jars):
            fail(f"no layer holds the application jar under /{workdir}/app: {jars}")
        libs = [n for names in seen.values() for n in names if "/lib/main/" in n]
        if not any("postgresql" in n for n in libs):
            fail("the PostgreSQL driver is not among the libraries")
        if not os.path.isfile(os.path.join(rootfs, "opt/java/bin/java")) and not any(
                os.path.isfile(os.path.join(rootfs, p, "java"))
                for p in ("usr/bin", "bin")):
            fail("no java in the image")
        owners = {m for names in seen.values() for m in names}
        print(f"image: user {user}, entrypoint {' '.join(entrypoint)}, workdir /{workdir}, "
              f"ports {' '.join(sorted(ports))}, {len(manifest['Layers'])} layers, "
              f"{len(owners)} entries, {len(libs)} library entries, app jar {jars[0]}")
    with open(rootfs.rstrip("/") + ".json", "w") as f:
        json.dump(c, f)


def execute(rootfs, extra):
    with open(rootfs.rstrip("/") + ".json") as f:
        c = json.load(f)
    env = dict(e.split("=", 1) for e in c.get("Env", []))
    env.update(e.split("=", 1) for e in extra)
    uid, _, gid = c["User"].partition(":")
    os.chroot(rootfs)
    os.chdir(c.get("WorkingDir") or "/")
    os.setgroups([])
    os.setgid(int(gid or uid))
    os.setuid(int(uid))
    argv = (c.get("Entrypoint") or []) + (c.get("Cmd") or [])
    os.execvpe(argv[0], argv, env)


if __name__ == "__main__":
    if sys.argv[1] == "inspect":
        inspect(sys.argv[2], sys.argv[3])
    elif sys.argv[1] == "exec":
        execute(sys.argv[2], sys.argv[3:])
    else:
        fail(f"unknown command {sys.argv[1]!r}")
