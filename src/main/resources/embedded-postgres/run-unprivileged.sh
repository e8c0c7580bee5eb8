#!/bin/sh
# PostgreSQL refuses to run as root. When root starts it, the data directory is handed to the
# unprivileged "nobody" account and the real program runs as that account. Where the system
# allows it, the account keeps the right to pass through root's closed folders on the way.
real="$0.real"
if [ "$(id -u)" != 0 ]; then
  exec "$real" "$@"
fi
data=""
previous=""
for argument in "$@"; do
  if [ "$previous" = "-D" ]; then data="$argument"; fi
  previous="$argument"
done
account="--reuid=$(id -u nobody) --regid=$(id -g nobody) --clear-groups"
caps="--inh-caps=+dac_read_search --ambient-caps=+dac_read_search"
if ! setpriv $caps true 2>/dev/null; then
  caps=""
fi
if [ -n "$data" ]; then
  chown -R nobody "$data" && chmod 700 "$data" || exit 1
  if ! setpriv $account $caps test -w "$data"; then
    echo "The account 'nobody' that runs the embedded PostgreSQL cannot reach $data." >&2
    echo "Set fleksi.embedded-database.data-dir to a folder that others may enter, e.g. /var/lib/fleksi." >&2
    exit 1
  fi
fi
exec setpriv $account $caps "$real" "$@"
