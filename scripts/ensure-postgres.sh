#!/usr/bin/env bash
# Makes sure a PostgreSQL server answers at 127.0.0.1:5432 with trust auth for the `postgres` user, as the
# tests expect. Starts the local cluster when it is down; installs Debian's server when there is none.
set -euo pipefail

ready() { pg_isready -q -h 127.0.0.1 -p 5432 2>/dev/null; }

if command -v pg_isready >/dev/null && ready; then
  echo "test: PostgreSQL is running at 127.0.0.1:5432"
  exit 0
fi

if ! ls /etc/postgresql/*/main >/dev/null 2>&1; then
  echo "test: no PostgreSQL server on this machine; installing Debian's postgresql (apt-get)"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq postgresql >/dev/null
  version=$(ls /etc/postgresql | sort -n | tail -1)
  # Local tests connect over TCP as `postgres` without a password, as on the development machines.
  sed -i -E 's/^(host\s+all\s+all\s+(127\.0\.0\.1\/32|::1\/128)\s+)\S+/\1trust/' "/etc/postgresql/$version/main/pg_hba.conf"
fi

version=$(ls /etc/postgresql | sort -n | tail -1)
echo "test: PostgreSQL $version is not running; starting it (pg_ctlcluster $version main start)"
pg_ctlcluster --skip-systemctl-redirect "$version" main start || pg_ctlcluster "$version" main start
for _ in $(seq 1 30); do
  if ready; then
    echo "test: PostgreSQL is up"
    exit 0
  fi
  sleep 1
done
echo "test: PostgreSQL did not start at 127.0.0.1:5432" >&2
exit 1
