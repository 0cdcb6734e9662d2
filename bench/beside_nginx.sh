# Sourced by the benchmarks that measure Braid beside nginx: starts nginx serving the files
# under $work/static twice (gzip on the fly, and precompressed with gzip_static: the
# ceiling), and defines measure_once (wrk over the addresses in $PATHS) and median. Expects
# $work, a directory the benchmark removes when it ends, and sets nginx_pid.
root="$work/static"
mkdir -p "$root"
port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
gzip_port=$(port)
static_port=$(port)
cat >"$work/nginx.conf" <<CONF
worker_processes auto;
daemon off;
error_log $work/nginx-error.log;
pid $work/nginx.pid;
$( [ "$(id -u)" = 0 ] && echo "user root;" )
events { worker_connections 1024; }
http {
  access_log off;
  default_type text/html;
  client_body_temp_path $work/nginx-body;
  proxy_temp_path $work/nginx-proxy;
  fastcgi_temp_path $work/nginx-fastcgi;
  uwsgi_temp_path $work/nginx-uwsgi;
  scgi_temp_path $work/nginx-scgi;
  server { listen 127.0.0.1:$gzip_port; root $root; gzip on;
           location / { try_files \$uri/index.html =404; } }
  server { listen 127.0.0.1:$static_port; root $root; gzip_static on;
           location / { try_files \$uri/index.html =404; } }
}
CONF
nginx -c "$work/nginx.conf" -p "$work" &
nginx_pid=$!

# wrk's requests/s, p50 and p99 in ms for one run over the addresses in $PATHS.
measure_once() {
  local target=$1
  shift
  wrk -t2 -c32 -d"$duration" --latency -s bench/paths.lua -H 'Accept-Encoding: gzip' "$@" "$target" |
    awk '
      function ms(v) { if (v ~ /us$/) return v / 1000; if (v ~ /ms$/) return v + 0; if (v ~ /s$/) return v * 1000; return v }
      /Requests\/sec/ { rps = $2 }
      /^ +50%/ { p50 = ms($2) }
      /^ +99%/ { p99 = ms($2) }
      /Non-2xx/ { bad = $NF }
      END { printf "%.0f %.2f %.2f %d\n", rps, p50, p99, bad }'
}
median() { sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }
