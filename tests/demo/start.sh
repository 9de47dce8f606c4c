#!/usr/bin/env bash
# `make demo`: the sandbox, one order placed through the extension to show the API works, then
# the WHMCS stand-in seeded with the demo shop, served until Ctrl-C. Prints the shop's client and
# admin URLs with every seeded login, and the sandbox's control page. Ctrl-C or SIGTERM stops the
# sandbox and the web server (each runs in a process group of its own, which is killed whole).
#
# Environment: PHP (php binary), EXT_SO (the extension), SANDBOX_BIN, DEMO_PORT (web port,
# default 8080), DEMO_DIR (runtime files and logs, default target/demo), DEMO_APPROVE_AFTER
# (seconds until the sandbox approves an order by itself, default 10).
set -euo pipefail

root=$(cd "$(dirname "$0")/../.." && pwd)
php=${PHP:-php}
ext_so=${EXT_SO:-$root/target/release/libtrustocean.so}
sandbox_bin=${SANDBOX_BIN:-$root/target/release/trustocean-sandbox}
port=${DEMO_PORT:-8080}
demo_dir=${DEMO_DIR:-$root/target/demo}
# The sandbox approves every order this many seconds after it is placed.
approve_after=${DEMO_APPROVE_AFTER:-10}

# Process groups of the long-running servers, and the pid of the setup step running now.
server_groups=()
step_pid=
# The seed's output (it holds the demo passwords) while it is being read.
logins=

# Stops everything this script started: TERM to each server's whole process group, then KILL
# to what is left after 5 seconds.
stop_all() {
  trap - EXIT INT TERM
  if [[ -n $logins ]]; then
    rm -f "$logins"
  fi
  if [[ -n $step_pid ]]; then
    kill -TERM "$step_pid" 2>/dev/null || true
  fi
  ((${#server_groups[@]})) || return 0
  local group alive=0
  for group in "${server_groups[@]}"; do
    kill -TERM -- "-$group" 2>/dev/null || true
  done
  # `sleep` lets bash reap its exited children, so a dead leader stops counting as alive.
  for _ in $(seq 1 50); do
    alive=0
    for group in "${server_groups[@]}"; do
      if kill -0 -- "-$group" 2>/dev/null; then alive=1; fi
    done
    ((alive)) || break
    sleep 0.1
  done
  if ((alive)); then
    for group in "${server_groups[@]}"; do
      kill -KILL -- "-$group" 2>/dev/null || true
    done
  fi
  wait 2>/dev/null || true
  echo "demo stopped"
}
trap stop_all EXIT
trap 'echo; echo "stopping the demo"; exit 130' INT
trap 'exit 143' TERM

# Starts a server in a new session (and so a new process group whose id is its pid): a signal
# then reaches it and every child it forks, and Ctrl-C in the terminal reaches only this script.
start_server() {
  local log=$1
  shift
  setsid "$@" > "$log" 2>&1 < /dev/null &
  server_groups+=("$!")
}

# Runs a setup step in the background and waits for it, so that a signal is handled at once.
run_step() {
  local status=0
  "$@" &
  step_pid=$!
  wait "$step_pid" || status=$?
  step_pid=
  return "$status"
}

port_open() {
  (exec 3<> "/dev/tcp/127.0.0.1/$1") 2> /dev/null
}

if port_open "$port"; then
  echo "Port $port is already in use; choose another one, e.g. DEMO_PORT=8081 make demo" >&2
  exit 1
fi

mkdir -p "$demo_dir"
sandbox_log="$demo_dir/sandbox.log"
web_log="$demo_dir/web.log"
start_server "$sandbox_log" "$sandbox_bin" --listen 127.0.0.1:0 --approve-after "$approve_after" --ca-dir "$demo_dir/ca"
for _ in $(seq 1 100); do grep -q '^listening on ' "$sandbox_log" && break; sleep 0.1; done
sandbox_url=$(sed -n 's/^listening on //p' "$sandbox_log" | head -n 1)
if [[ -z "$sandbox_url" ]]; then
  cat "$sandbox_log"
  echo "the sandbox did not start" >&2
  exit 1
fi

echo "== TrustOcean sandbox at $sandbox_url: one order through the PHP extension"
run_step "$php" -d extension="$ext_so" "$root/tests/demo/place-order.php" "$sandbox_url"

echo
echo "== WHMCS stand-in with the demo shop"
export WHMCS_VAR_DIR="$demo_dir/whmcs"
unset WHMCS_DB
rm -f "$WHMCS_VAR_DIR/whmcs.sqlite"
# The seed prints the logins it made (random passwords); they are shown again at the end.
logins="$demo_dir/logins.txt"
(umask 077 && : > "$logins")
run_step "$php" -d extension="$ext_so" "$root/tests/whmcs/bin/whmcs" seed --system-url "http://127.0.0.1:$port" --api "$sandbox_url" > "$logins"
seeded=$(cat "$logins")
rm -f "$logins"
logins=
run_step "$php" -d extension="$ext_so" "$root/tests/demo/push-key.php" "$sandbox_url"

start_server "$web_log" "$php" -d extension="$ext_so" -S "127.0.0.1:$port" -t "$root/tests/whmcs/public" "$root/tests/whmcs/public/router.php"
web_pid=${server_groups[-1]}
for _ in $(seq 1 100); do
  port_open "$port" && break
  if ! kill -0 "$web_pid" 2>/dev/null; then break; fi
  sleep 0.1
done
if ! port_open "$port"; then
  cat "$web_log"
  echo "the web server did not start on 127.0.0.1:$port" >&2
  exit 1
fi

cat <<EOF

============================================================================================
 The demo shop runs on http://127.0.0.1:$port/

$(sed 's/^/ /' <<< "$seeded")

 (the client area and the admin area each show their login page first)

 Sandbox control page: $sandbox_url/_sandbox/
   approve DCV now, accept or reject a refund, let the CA cancel or revoke, see the fault knobs

 Orders are approved ${approve_after}s after they are placed, and the sandbox's push makes the
 certificate appear without a click (the admin's Addons > TrustOcean SSL page shows the push key).
 Logs: $sandbox_log, $web_log
 Press Ctrl-C to stop the sandbox and the web server.
============================================================================================
EOF

# Serve until a signal (the traps end the script) or until a server stops on its own.
status=0
wait -n "${server_groups[@]}" || status=$?
echo "a demo server stopped on its own (status $status); see $sandbox_log and $web_log" >&2
exit 1
