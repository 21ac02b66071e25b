#!/usr/bin/env bash
# What `pnpm start` leaves running once everything is built (scripts/start.mjs execs into this):
# the servers and this script, a few MB where a Node supervisor held 60. Each server's lines come
# out prefixed with its name; Ctrl-C or SIGTERM stops them all; one exiting stops the others, and
# this exits with its code.
# Usage: supervise.sh NAME COMMAND [NAME COMMAND]…   (COMMAND: a shell command line)
set -u
fifos=$(mktemp -d)
pids=()
names=()
while [ $# -ge 2 ]; do
  name=$1 command=$2
  shift 2
  mkfifo "$fifos/$name.out" "$fifos/$name.err"
  # The prefixers ignore Ctrl-C: they end when their server has written its last line.
  (trap '' INT TERM; exec sed -u "s/^/[$name] /" < "$fifos/$name.out") &
  (trap '' INT TERM; exec sed -u "s/^/[$name] /" < "$fifos/$name.err" >&2) &
  (eval "$command") < /dev/null > "$fifos/$name.out" 2> "$fifos/$name.err" &
  pids+=("$!")
  names+=("$name")
done

asked=0
stop() {
  for pid in "${pids[@]}"; do kill -TERM "$pid" 2> /dev/null; done
  # A server that has not stopped in 10 s is killed.
  for _ in $(seq 100); do
    alive=0
    for pid in "${pids[@]}"; do kill -0 "$pid" 2> /dev/null && alive=1; done
    [ "$alive" = 0 ] && return
    sleep 0.1
  done
  for pid in "${pids[@]}"; do kill -KILL "$pid" 2> /dev/null; done
}
trap 'asked=1' INT TERM

wait -n -p ended "${pids[@]}"
status=$?
if [ "$asked" = 0 ]; then
  for i in "${!pids[@]}"; do
    [ "${pids[$i]}" = "${ended:-}" ] && echo "[start] ${names[$i]} exited ($status); stopping the others" >&2
  done
else
  status=0
fi
stop
wait
rm -rf "$fifos"
exit "$status"
