#!/usr/bin/env bash
# Re-creates every picture in gallery-output/ with the exact commands the README shows.
#   bash gallery-output/make-gallery.sh
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet build src/Ornament.Cli -c Release -o artifacts/gallery-cli >/dev/null
ornament() { dotnet artifacts/gallery-cli/ornament.dll "$@"; }
G=gallery-output

# The three built-in stories, on the defaults their texts choose (the main job).
ornament render --story bekzat-balode --width 1100 --height 1650 -o $G/story-bekzat-balode.png
ornament render --story bakhyt-naoko  --width 1600 --height 1067 -o $G/story-bakhyt-naoko.png
ornament render --story bekzat-popov  --width 1600 --height 1067 -o $G/story-bekzat-popov.png

# One carpet per felt technique.
ornament render --kind ornament --style syrmak  --palette syrmak-red-cream     --text "syrmak: a quilted felt carpet with ram's horns" --width 1100 --height 1600 -o $G/felt-syrmak.png
ornament render --kind ornament --style shyrdak --palette shyrdak-indigo-ochre --text "shyrdak from the mountains, indigo and ochre"  --width 1100 --height 1600 -o $G/felt-shyrdak.png
ornament render --kind ornament --style tekemet --palette felt-traditional     --text "a rolled tekemet felt in natural dyes"          --width 1100 --height 1600 -o $G/felt-tekemet.png
ornament render --kind ornament --style tuskiiz --palette felt-traditional     --text "a tus kiiz wall hanging for the yurt"           --width 1600 --height 1100 -o $G/felt-tuskiiz.png
ornament render --kind ornament --style alasha  --palette felt-traditional     --text "alasha woven in strips"                         --width 1100 --height 1600 -o $G/felt-alasha.png

# Landscapes: every scene in every style (1600 × 900).
ornament render --kind landscape --scene steppe    --set landscape.style=painterly    --text "feather grass and tulips at dawn"     --width 1600 --height 900 -o $G/landscape-steppe-painterly.png
ornament render --kind landscape --scene steppe    --set landscape.style=photographic --text "feather grass and tulips at dawn"     --width 1600 --height 900 -o $G/landscape-steppe-photographic.png
ornament render --kind landscape --scene steppe    --set landscape.style=watercolour  --text "feather grass and tulips at dawn"     --width 1600 --height 900 -o $G/landscape-steppe-watercolour.png
ornament render --kind landscape --scene mountains --set landscape.style=painterly    --text "the Tian Shan above Almaty in spring" --width 1600 --height 900 -o $G/landscape-mountains-painterly.png
ornament render --kind landscape --scene mountains --set landscape.style=photographic --text "the Tian Shan above Almaty in spring" --width 1600 --height 900 -o $G/landscape-mountains-photographic.png
ornament render --kind landscape --scene mountains --set landscape.style=watercolour  --text "the Tian Shan above Almaty in spring" --width 1600 --height 900 -o $G/landscape-mountains-watercolour.png
ornament render --kind landscape --scene desert    --set landscape.style=painterly    --text "Altyn-Emel dunes at sunset"           --width 1600 --height 900 -o $G/landscape-desert-painterly.png
ornament render --kind landscape --scene desert    --set landscape.style=photographic --text "Altyn-Emel dunes at sunset"           --width 1600 --height 900 -o $G/landscape-desert-photographic.png
ornament render --kind landscape --scene desert    --set landscape.style=watercolour  --text "Altyn-Emel dunes at sunset"           --width 1600 --height 900 -o $G/landscape-desert-watercolour.png
ornament render --kind landscape --scene night     --set landscape.style=painterly    --text "a starry night over the desert"       --width 1600 --height 900 -o $G/landscape-night-painterly.png
ornament render --kind landscape --scene night     --set landscape.style=photographic --text "a starry night over the desert"       --width 1600 --height 900 -o $G/landscape-night-photographic.png
ornament render --kind landscape --scene night     --set landscape.style=watercolour  --text "a starry night over the desert"       --width 1600 --height 900 -o $G/landscape-night-watercolour.png
