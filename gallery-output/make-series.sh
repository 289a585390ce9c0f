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

# Carpets 240×360, landscapes 480×320 (the painterly hybrid 300×200: its brush texture compresses least), thumbnails
# 112 px: small enough that the three committed series stay under 6 MB.
ornament batch --story bekzat-balode --count 24 --width 240 --height 360 --thumb 112 --jobs "$JOBS" --out $G/series-bekzat-balode
ornament batch --story bakhyt-naoko  --count 24 --width 300 --height 200 --thumb 112 --jobs "$JOBS" --out $G/series-bakhyt-naoko
ornament batch --story bekzat-popov  --count 24 --width 480 --height 320 --thumb 112 --jobs "$JOBS" --out $G/series-bekzat-popov
