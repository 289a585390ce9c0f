#!/usr/bin/env bash
# Makes a 24-item series of each built-in story with `ornament batch` (the README's "Series (batch)" commands):
# gallery-output/series-<story>/ with the PNGs, thumbs/, items/, manifest.json, traits.json, contact-sheet.png and
# index.html. Rerunning finishes an interrupted run (or does nothing when all is there).
#   bash gallery-output/make-series.sh [JOBS]
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet build src/Ornament.Cli -c Release -o artifacts/gallery-cli >/dev/null
ornament() { dotnet artifacts/gallery-cli/ornament.dll "$@"; }
G=gallery-output
JOBS="${1:-$(nproc)}"

# Carpets 200×300, landscapes 360×240 (the painterly hybrid 300×200: its brush texture compresses least), thumbnails
# 96 px: small enough that the three committed series stay near 3.5 MB (the gallery is read on a web page).
ornament batch --story bekzat-balode --count 24 --width 200 --height 300 --thumb 96 --jobs "$JOBS" --out $G/series-bekzat-balode
ornament batch --story bakhyt-naoko  --count 24 --width 300 --height 200 --thumb 96 --jobs "$JOBS" --out $G/series-bakhyt-naoko
ornament batch --story bekzat-popov  --count 24 --width 360 --height 240 --thumb 96 --jobs "$JOBS" --out $G/series-bekzat-popov
