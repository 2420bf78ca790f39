#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Test certificates for the AI client's https tests, made fresh in OUT_DIR with openssl: a private
# CA (ca.pem), and certificates it signed: good.pem for localhost and 127.0.0.1, wronghost.pem
# for another name only, expired.pem whose validity ended in 2020 (each with its .key).
# Usage: tests/tls/make_certs.sh OUT_DIR
set -euo pipefail
out="$1"
mkdir -p "$out"
cd "$out"
quiet() { "$@" >/dev/null 2>&1 || { echo "make_certs: $* failed" >&2; "$@"; exit 1; }; }
quiet openssl req -x509 -newkey rsa:2048 -nodes -keyout ca.key -out ca.pem -days 3650 \
    -subj "/CN=ALT Runner Test CA" -addext "basicConstraints=critical,CA:TRUE" \
    -addext "keyUsage=critical,keyCertSign,cRLSign"
mkdir -p db
: >db/index.txt
echo 1000 >db/serial
cat >ca.cnf <<'CNF'
[ca]
default_ca = test_ca
[test_ca]
dir = .
database = db/index.txt
serial = db/serial
new_certs_dir = db
certificate = ca.pem
private_key = ca.key
default_md = sha256
policy = anything
copy_extensions = copy
unique_subject = no
[anything]
commonName = supplied
CNF
make() { # name, subject alternative names, then openssl ca's validity options
    local name="$1" san="$2"
    shift 2
    quiet openssl req -newkey rsa:2048 -nodes -keyout "$name.key" -out "$name.csr" \
        -subj "/CN=$name" -addext "subjectAltName=$san" -addext "extendedKeyUsage=serverAuth"
    quiet openssl ca -batch -config ca.cnf -in "$name.csr" -out "$name.pem" -notext "$@"
}
make good "DNS:localhost,IP:127.0.0.1" -days 825
make wronghost "DNS:other.example" -days 825
make expired "DNS:localhost,IP:127.0.0.1" -startdate 20200101000000Z -enddate 20200201000000Z
echo "make_certs: ca.pem good.pem wronghost.pem expired.pem in $out"
