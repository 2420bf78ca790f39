#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Checks packaging/container/ without a container engine (docs/distributed.md "Deployment"):
every library the built altrunner-cli loads comes from a package the Containerfile's runtime
stage installs (or from Debian's base image), every package it names exists, and compose.yaml
has NATS with JetStream, one `serve --workers` and workers on the same NATS.
Usage: container_files.py SOURCE_DIR BUILD_DIR"""
import re
import subprocess
import sys

import yaml

source, build = sys.argv[1], sys.argv[2]
failures = []
text = open(f"{source}/packaging/container/Containerfile").read()
stages = text.split("\nFROM ")
runtime = stages[-1]
install = re.search(r"apt-get install(.*?)&&", runtime, re.S).group(1).replace("\\\n", " ")
installed = {t for t in install.split() if not t.startswith("-")}
base = {"libc6", "libstdc++6", "libgcc-s1", "zlib1g", "libzstd1", "libssl3", "libsystemd0",
        "libcap2", "liblzma5", "libgcrypt20", "libgpg-error0", "liblz4-1", "libselinux1",
        "libpcre2-8-0", "libudev1"}

known = subprocess.run(["apt-cache", "show", "--no-all-versions"] + sorted(installed),
                       capture_output=True, text=True).stdout
for package in sorted(installed):
    if f"Package: {package}\n" not in known:
        failures.append(f"the Containerfile installs {package}, which Debian does not have")

ldd = subprocess.run(["ldd", f"{build}/bin/altrunner-cli"], capture_output=True, text=True).stdout
paths = []
for line in ldd.splitlines():
    m = re.search(r"=> (/\S+)", line)
    if m:
        # Debian 12 merges /lib into /usr/lib; dpkg knows each file by one of the two spellings.
        p = m.group(1)
        paths += [p, p.replace("/usr/lib/", "/lib/") if p.startswith("/usr/") else "/usr" + p]
owners = subprocess.run(["dpkg", "-S"] + paths, capture_output=True, text=True).stdout
needed = {line.split(":")[0] for line in owners.splitlines() if ": /" in line}
# What the runtime packages bring along is theirs to declare: only the direct ones must be named.
closure = set(installed) | base
deps = subprocess.run(["apt-cache", "depends", "--recurse", "--no-recommends", "--no-suggests",
                       "--no-conflicts", "--no-breaks", "--no-replaces", "--no-enhances"]
                      + sorted(installed), capture_output=True, text=True).stdout
closure |= {d.strip().split(":")[0] for d in deps.splitlines() if d and not d.startswith(" ")}
for package in sorted(needed - closure):
    failures.append(f"altrunner-cli loads a library of {package}, which the image does not install")
if "libqt6sql6-sqlite" not in installed:
    failures.append("the result cache needs libqt6sql6-sqlite (Qt's SQLite driver, not a linked library)")

compose = yaml.safe_load(open(f"{source}/packaging/container/compose.yaml"))
services = compose.get("services", {})
nats = services.get("nats", {})
if "-js" not in nats.get("command", []):
    failures.append("compose.yaml: nats must run with JetStream (-js)")
serve = " ".join(services.get("serve", {}).get("command", []))
worker = " ".join(services.get("worker", {}).get("command", []))
if not serve.startswith("serve") or "--workers nats://nats:4222" not in serve:
    failures.append("compose.yaml: serve must send its calls to --workers nats://nats:4222")
if not worker.startswith("worker") or "--nats nats://nats:4222" not in worker:
    failures.append("compose.yaml: the workers must take calls from nats://nats:4222")
if services.get("worker", {}).get("deploy", {}).get("replicas") != 3:
    failures.append("compose.yaml: three workers")
if "AI_API_KEY" in str(services.get("serve", {}).get("environment", {})):
    failures.append("compose.yaml: the key belongs to the workers, not to the coordinator")

for f in failures:
    print("container_files:", f)
print(f"container_files: {len(installed)} runtime packages, {len(needed)} packages of loaded libraries;",
      "OK" if not failures else f"{len(failures)} problem(s)")
sys.exit(1 if failures else 0)
