#!/usr/bin/env bash
# Writes the benchmarks' generated hub into a running Braid: PAGES pages of 300–900 words in
# five languages, spread over the phase sections, the same pages on every run (a fixed seed).
#
#   bench/corpus.sh URL COOKIE_JAR CSRF [PAGES]    (the jar of a signed-in editor; default 2000)
set -euo pipefail
url=$1 jar=$2 csrf=$3 pages=${4:-2000}
corpus=$(mktemp)
trap 'rm -f "$corpus"' EXIT
echo "creating $pages pages…" >&2
python3 - "$pages" >"$corpus" <<'EOF'
import random, sys
random.seed(7)
words = {
  "en": "security organisation phone risk plan team digital border training threat data device encryption partners legal care the of and to with for when what how".split(),
  "es": "seguridad organización teléfono riesgo plan equipo digital frontera taller amenaza datos cifrado aliadas legal cuidado de la que el en con para".split(),
  "fr": "sécurité organisation téléphone risque plan équipe numérique frontière formation menace données chiffrement partenaires juridique de la le et les pour".split(),
  "ar": "الأمان منظمة هاتف خطر خطة فريق رقمي الحدود تدريب تهديد بيانات تشفير شركاء قانوني رعاية في من على إلى أن".split(),
  "ru": "безопасность организация телефон риск план команда граница обучение угроза данные шифрование партнёры юридический забота и в не на что".split(),
}
sections = ["discover", "strategise", "actualise", "create-space-and-buy-in", "remote-facilitation", "well-being"]
languages = list(words)
for n in range(int(sys.argv[1])):
    language = languages[n % len(languages)]
    vocabulary = words[language]
    paragraphs = []
    for _ in range(random.randint(4, 12)):
        paragraphs.append(" ".join(random.choice(vocabulary) for _ in range(random.randint(40, 90))) + ".")
    body = "## " + " ".join(random.choice(vocabulary) for _ in range(3)) + "\\n\\n" + "\\n\\n".join(paragraphs)
    print(f"{sections[n % len(sections)]}\t{language}\tBench page {n}\t{body}")
EOF
while IFS=$'\t' read -r section language title body; do
  curl -s -o /dev/null -b "$jar" --data-urlencode "csrf=$csrf" --data-urlencode "title=$title" \
    --data-urlencode "language=$language" --data-urlencode "body=$(printf '%b' "$body")" \
    "${url}wiki/$section/new"
done <"$corpus"
sleep 2   # the search index catches up twice a second
