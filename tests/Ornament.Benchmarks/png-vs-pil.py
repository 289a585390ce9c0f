#!/usr/bin/python3
"""PNG writing: Ornament vs libpng-era PIL (Debian python3-pil), same pixels, same zlib level.

Usage (from the repository root, after `dotnet build tests/Ornament.Benchmarks -c Release`):

    /usr/bin/python3 tests/Ornament.Benchmarks/png-vs-pil.py [--level 6] [--reps 7] [gallery-output/*.png]

For every picture: PIL decodes it to raw RGB (or RGBA), then `Image.save(buf, "PNG", compress_level=L)` is timed
`reps` times in this process; the Ornament harness (Ornament.Benchmarks.dll png-encode) decodes the same file with
Ornament's decoder and times PngEncoder at the same level (ZLibCompressionOptions.CompressionLevel = L, so the zlib
level is really the same number). Both report the median; the Ornament time includes its conversion from
premultiplied RGBA, PIL's starts from its own RGB buffer. The table gives the time ratio Ornament/PIL (< 1 means
Ornament is faster) and both file sizes. Notes: PIL links the system zlib and opens it with memLevel 9 and the
Z_FILTERED strategy (checked by recompressing its IDAT data: identical sizes); .NET ships zlib-ng, whose level L is
a different, faster search (Z_FILTERED makes no difference there), so the streams differ even at the same level.
Ornament's smaller files come from its filter choice (per-row entropy, then per 16-row block filtered vs
unfiltered by trial compression), not from a higher level. Needs python3-pil (apt-get install -y python3-pil). Timings on a loaded machine are noisy:
run it on a quiet one for figures you rely on.
"""
import argparse
import glob
import io
import os
import statistics
import subprocess
import sys
import time
import zlib

from PIL import Image

HERE = os.path.dirname(os.path.abspath(__file__))
DLL = os.path.join(HERE, "bin", "Release", "net10.0", "Ornament.Benchmarks.dll")


def pil_encode(path, level, reps):
    im = Image.open(path)
    im.load()
    im = im.convert("RGBA" if "A" in im.getbands() else "RGB")
    buf = io.BytesIO()
    im.save(buf, "PNG", compress_level=level)  # warm-up
    times = []
    for _ in range(reps):
        buf = io.BytesIO()
        t0 = time.perf_counter()
        im.save(buf, "PNG", compress_level=level)
        times.append((time.perf_counter() - t0) * 1000.0)
    return statistics.median(times), len(buf.getvalue())


def ornament_encode(paths, level, reps):
    out = subprocess.run(["dotnet", DLL, "png-encode", str(level), str(reps)] + paths,
                         check=True, capture_output=True, text=True).stdout
    result = {}
    for line in out.splitlines():
        name, _lvl, median, _min, size = line.split("\t")
        result[name] = (float(median), int(size))
    return result


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--level", type=int, default=6)
    ap.add_argument("--reps", type=int, default=7)
    ap.add_argument("files", nargs="*")
    a = ap.parse_args()
    files = a.files or sorted(glob.glob("gallery-output/*.png"))
    ours = ornament_encode(files, a.level, a.reps)
    print(f"zlib level {a.level}, {a.reps} reps, PIL {Image.__version__} on zlib {zlib.ZLIB_RUNTIME_VERSION}")
    print("| picture | PIL ms | Ornament ms | time ratio | PIL bytes | Ornament bytes | size ratio |")
    print("| --- | ---: | ---: | ---: | ---: | ---: | ---: |")
    tr, sr = [], []
    for f in files:
        name = os.path.basename(f)
        pms, psize = pil_encode(f, a.level, a.reps)
        oms, osize = ours[name]
        tr.append(oms / pms)
        sr.append(osize / psize)
        print(f"| {name} | {pms:.1f} | {oms:.1f} | {oms / pms:.2f} | {psize} | {osize} | {osize / psize:.3f} |")
    print(f"| geometric mean | | | {statistics.geometric_mean(tr):.2f} | | | {statistics.geometric_mean(sr):.3f} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
