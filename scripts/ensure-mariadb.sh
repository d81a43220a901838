#!/usr/bin/env bash
# Makes sure a MariaDB server answers at 127.0.0.1:3306 with the test user the MySQL tests connect as
# (`schema_studio`, password `schema_studio`, all privileges). Starts the server when it is down; installs
# Debian's mariadb-server when there is none. `root` may only be allowed over the socket, so the test user is
# created over the socket, idempotently.
set -euo pipefail

SOCKET=/run/mysqld/mysqld.sock
TEST_USER=schema_studio
TEST_PASSWORD=schema_studio

# `mysqladmin ping` succeeds even when the login is refused, so both checks run a query.
ready() {
  mariadb --protocol=tcp -h 127.0.0.1 -P 3306 -u "$TEST_USER" -p"$TEST_PASSWORD" -e 'SELECT 1' >/dev/null 2>&1
}
socket_ready() { mariadb --socket="$SOCKET" -u root -e 'SELECT 1' >/dev/null 2>&1; }

if command -v mariadb >/dev/null && ready; then
  echo "test: MariaDB is running at 127.0.0.1:3306"
  exit 0
fi

if [ ! -x /usr/sbin/mariadbd ]; then
  echo "test: no MariaDB server on this machine; installing Debian's mariadb-server (apt-get)"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq mariadb-server >/dev/null
fi

if ! socket_ready; then
  echo "test: MariaDB is not running; starting it (start-stop-daemon ... /usr/sbin/mariadbd)"
  # The server's own directory for its socket and pid file; gone after a reboot when /run is a tmpfs.
  install -d -o mysql -g mysql /run/mysqld
  start-stop-daemon --start --oknodo --background --exec /usr/sbin/mariadbd
  for _ in $(seq 1 30); do
    socket_ready && break
    sleep 1
  done
  if ! socket_ready; then
    echo "test: MariaDB did not start (no answer on $SOCKET)" >&2
    exit 1
  fi
  echo "test: MariaDB is up"
fi

echo "test: creating the MariaDB test user $TEST_USER (over the socket, as root)"
mariadb --socket="$SOCKET" -u root <<SQL
CREATE USER IF NOT EXISTS '$TEST_USER'@'127.0.0.1' IDENTIFIED BY '$TEST_PASSWORD';
CREATE USER IF NOT EXISTS '$TEST_USER'@'localhost' IDENTIFIED BY '$TEST_PASSWORD';
ALTER USER '$TEST_USER'@'127.0.0.1' IDENTIFIED BY '$TEST_PASSWORD';
ALTER USER '$TEST_USER'@'localhost' IDENTIFIED BY '$TEST_PASSWORD';
GRANT ALL PRIVILEGES ON *.* TO '$TEST_USER'@'127.0.0.1' WITH GRANT OPTION;
GRANT ALL PRIVILEGES ON *.* TO '$TEST_USER'@'localhost' WITH GRANT OPTION;
SQL

for _ in $(seq 1 30); do
  if ready; then
    echo "test: MariaDB answers at 127.0.0.1:3306 as $TEST_USER"
    exit 0
  fi
  sleep 1
done
echo "test: MariaDB does not answer at 127.0.0.1:3306 as $TEST_USER" >&2
exit 1
