#!/usr/bin/env bash
# Layering check (DESIGN.md §2): braid → web → app → {store, search, mail, crypt, text, i18n} → domain.
# Each crate may depend directly only on the layers below it. web reaches the store only
# through app's services, so it must not depend on sqlx, tantivy, or the store, search or mail
# crates, nor name them in its sources.
set -euo pipefail
cd "$(dirname "$0")/.."

direct_deps() {
  cargo tree --locked --offline -p "$1" --depth 1 -e normal --prefix none --format '{p}' 2>/dev/null |
    tail -n +2 | awk '{print $1}' | sort -u
}

status=0
forbid() {
  local crate=$1; shift
  local deps
  deps=$(direct_deps "$crate")
  for banned in "$@"; do
    if grep -qx "$banned" <<<"$deps"; then
      echo "layering: $crate must not depend on $banned" >&2
      status=1
    fi
  done
}

forbid braid-web sqlx tantivy braid-store braid-search braid-mail lettre
forbid braid-app axum askama tower-http
forbid braid-domain tokio sqlx axum braid-store braid-app braid-web
forbid braid-store axum braid-app braid-web
forbid braid-crypt tokio sqlx axum braid-store braid-app braid-web
forbid braid-text tokio sqlx axum braid-store braid-app braid-web
forbid braid-search sqlx axum braid-store braid-app braid-web
forbid braid-i18n tokio sqlx axum braid-store braid-search braid-app braid-web
forbid braid-mail sqlx axum braid-store braid-search braid-app braid-web

if grep -rnE '\b(sqlx|tantivy|braid_store|braid_search|braid_mail)\b' crates/web/src crates/web/templates; then
  echo "layering: braid-web sources name a lower layer than braid-app (see above)" >&2
  status=1
fi
# SQL lives in the store only (SECURITY-PLAN T40 gate, first half): no query strings elsewhere.
if grep -rnE '"(SELECT|INSERT INTO|UPDATE [a-z_]+ SET|DELETE FROM) ' crates/*/src --include=*.rs | grep -v '^crates/store/'; then
  echo "layering: SQL outside crates/store (see above)" >&2
  status=1
fi
[ "$status" = 0 ] && echo "layering: ok"
exit "$status"
