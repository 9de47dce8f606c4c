#!/usr/bin/env bash
# `make demo`: the sandbox, one order placed through the extension to show the API works, then
# the WHMCS stand-in seeded with the demo shop and served until Ctrl-C.
#
# Environment: PHP (php binary), EXT_SO (the extension), SANDBOX_BIN, DEMO_PORT (web port,
# default 8080), DEMO_DIR (runtime files, default target/demo).
set -euo pipefail

root=$(cd "$(dirname "$0")/../.." && pwd)
php=${PHP:-php}
ext_so=${EXT_SO:-$root/target/release/libtrustocean.so}
sandbox_bin=${SANDBOX_BIN:-$root/target/release/trustocean-sandbox}
port=${DEMO_PORT:-8080}
demo_dir=${DEMO_DIR:-$root/target/demo}
# The sandbox approves every order this many seconds after it is placed.
approve_after=${DEMO_APPROVE_AFTER:-10}

mkdir -p "$demo_dir"
sandbox_log="$demo_dir/sandbox.log"
"$sandbox_bin" --listen 127.0.0.1:0 --approve-after "$approve_after" --ca-dir "$demo_dir/ca" > "$sandbox_log" 2>&1 &
sandbox_pid=$!
trap 'kill $sandbox_pid 2>/dev/null || true' EXIT
for _ in $(seq 1 100); do grep -q '^listening on ' "$sandbox_log" && break; sleep 0.1; done
sandbox_url=$(sed -n 's/^listening on //p' "$sandbox_log" | head -n 1)
if [[ -z "$sandbox_url" ]]; then
  cat "$sandbox_log"
  echo "the sandbox did not start" >&2
  exit 1
fi

echo "== TrustOcean sandbox at $sandbox_url: one order through the PHP extension"
"$php" -d extension="$ext_so" "$root/tests/demo/place-order.php" "$sandbox_url"

echo
echo "== WHMCS stand-in with the demo shop"
export WHMCS_VAR_DIR="$demo_dir/whmcs"
unset WHMCS_DB
rm -f "$WHMCS_VAR_DIR/whmcs.sqlite"
"$php" -d extension="$ext_so" "$root/tests/whmcs/bin/whmcs" seed --system-url "http://127.0.0.1:$port" --api "$sandbox_url"
"$php" -d extension="$ext_so" "$root/tests/demo/push-key.php" "$sandbox_url"
echo
echo "Open http://127.0.0.1:$port/ and log in as a client; orders are approved ${approve_after}s after they are placed,"
echo "and the sandbox's push makes the certificate appear without a click (the admin's Addons > TrustOcean SSL page shows the push key)."
echo "Press Ctrl-C to stop."
"$php" -d extension="$ext_so" -S "127.0.0.1:$port" -t "$root/tests/whmcs/public" "$root/tests/whmcs/public/router.php"
