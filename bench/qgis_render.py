#!/usr/bin/python3
"""Render one GeoPackage layer with QGIS (PyQGIS, standalone) and time it.

Usage: qgis_render.py PROJECT.gpkg LAYER STYLE.json WIDTH HEIGHT OUT.png [REPS]
                      [--dpi 96] [--mode sequential|parallel|both]
                      [--optimize on|off] [--no-antialias]

Peer side of the render benchmark (see README-render.md).  Needs Debian's python3-qgis,
so run it with /usr/bin/python3 (a pyenv/venv python has no `qgis` module).  Without a
display it uses QT_QPA_PLATFORM=offscreen.

* Loads PROJECT.gpkg|layername=LAYER with the OGR provider.
* Applies the style entry for LAYER from STYLE.json (the file rrw reads, see
  bench/tess_style.json): a graduated renderer on `field`, QGIS's own quantile
  classification into `classes` classes (or the bounds given in an optional "breaks"
  list of classes+1 numbers), the class fill colours exactly as listed in `colors`, stroke
  `stroke` of `stroke_width_mm` millimetres, layer opacity `opacity`.
* Map settings: the layer's full extent, its own CRS, WIDTH x HEIGHT pixels, `--dpi`
  (default 96), white background, antialiasing on, labels off, selection off,
  rendering optimisation (geometry simplification) off unless `--optimize on`.
* Times only the render job (start() .. waitForFinished()) with a monotonic clock.
  "cold" = opening the layer + classification + the first sequential render (the first
  render also opens the GeoPackage's feature iterator, reads from a possibly cold cache,
  loads fonts/symbol caches etc.); the QgsApplication start-up is reported separately as
  app_init_s and is in neither figure.  Then REPS (default 5) warm renders per job type;
  with --mode both the sequential and parallel jobs alternate.
* Saves the image of the last sequential render as OUT.png.

Prints one JSON object on stdout:
  {"cold_s", "warm_median_s", "warm_min_s", "runs": [...],          # sequential job
   "parallel": {"warm_median_s", "warm_min_s", "runs": [...]},      # if run
   "load_s", "classify_s", "first_render_s", "app_init_s", "breaks", "features", ...}
"""

import argparse
import json
import os
import statistics
import sys
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("XDG_RUNTIME_DIR", "/tmp/runtime-%d" % os.getuid())
os.makedirs(os.environ["XDG_RUNTIME_DIR"], mode=0o700, exist_ok=True)

try:
    from qgis.core import (Qgis, QgsApplication, QgsClassificationQuantile, QgsFillSymbol,
                           QgsGraduatedSymbolRenderer, QgsMapRendererParallelJob,
                           QgsMapRendererSequentialJob, QgsMapSettings, QgsRendererRange,
                           QgsVectorLayer)
    from qgis.PyQt.QtCore import QSize, QT_VERSION_STR
    from qgis.PyQt.QtGui import QColor, QImage
except ImportError as e:  # pragma: no cover
    sys.exit("qgis_render.py: cannot import PyQGIS (%s); install python3-qgis and run it "
             "with /usr/bin/python3" % e)


def parse_args():
    ap = argparse.ArgumentParser(description="Time a QGIS render of one GeoPackage layer.")
    ap.add_argument("gpkg")
    ap.add_argument("layer")
    ap.add_argument("style")
    ap.add_argument("width", type=int)
    ap.add_argument("height", type=int)
    ap.add_argument("out")
    ap.add_argument("reps", type=int, nargs="?", default=5)
    ap.add_argument("--dpi", type=float, default=96.0)
    ap.add_argument("--mode", choices=("sequential", "parallel", "both"), default="both")
    ap.add_argument("--optimize", choices=("on", "off"), default="off",
                    help="QgsMapSettings UseRenderingOptimization (layer simplification); "
                         "off = QgsMapSettings default, on = what QGIS's map canvas does")
    ap.add_argument("--no-antialias", action="store_true")
    a = ap.parse_args()
    if a.reps < 1 or a.width < 1 or a.height < 1:
        ap.error("REPS, WIDTH and HEIGHT must be >= 1")
    return a


def load_style(path, layer):
    with open(path, encoding="utf-8") as f:
        doc = json.load(f)
    for entry in doc.get("layers", []):
        if entry.get("layer") == layer:
            break
    else:
        sys.exit("qgis_render.py: no style for layer %r in %s" % (layer, path))
    if entry.get("type") != "graduated":
        sys.exit("qgis_render.py: only 'graduated' styles are supported, got %r" % entry.get("type"))
    if entry.get("method", "quantiles") != "quantiles" and "breaks" not in entry:
        sys.exit("qgis_render.py: only method 'quantiles' (or explicit 'breaks') is supported")
    n = int(entry.get("classes", len(entry["colors"])))
    if len(entry["colors"]) != n:
        sys.exit("qgis_render.py: %d classes but %d colours" % (n, len(entry["colors"])))
    if "breaks" in entry and len(entry["breaks"]) != n + 1:
        sys.exit("qgis_render.py: 'breaks' must hold classes+1 numbers")
    return entry


def make_symbol(colour, st):
    sym = QgsFillSymbol.createSimple({
        "color": colour,
        "style": "solid",
        "outline_color": st.get("stroke", "#555555"),
        "outline_style": "solid",
        "outline_width": str(st.get("stroke_width_mm", 0.1)),
        "outline_width_unit": "MM",
        "joinstyle": "bevel",
    })
    return sym


def apply_style(layer, st):
    field = st["field"]
    if layer.fields().indexFromName(field) < 0:
        sys.exit("qgis_render.py: layer has no field %r" % field)
    colours = st["colors"]
    n = len(colours)
    if "breaks" in st:
        b = [float(x) for x in st["breaks"]]
        ranges = [QgsRendererRange(b[i], b[i + 1], make_symbol(colours[i], st),
                                   "%g - %g" % (b[i], b[i + 1])) for i in range(n)]
        renderer = QgsGraduatedSymbolRenderer(field, ranges)
        method = "explicit breaks"
    else:
        renderer = QgsGraduatedSymbolRenderer(field)
        renderer.setClassificationMethod(QgsClassificationQuantile())
        renderer.setSourceSymbol(make_symbol(colours[0], st))
        renderer.updateClasses(layer, n)          # QGIS's own quantile breaks
        if len(renderer.ranges()) != n:
            sys.exit("qgis_render.py: QGIS made %d classes, expected %d" % (len(renderer.ranges()), n))
        for i in range(n):
            renderer.updateRangeSymbol(i, make_symbol(colours[i], st))
        method = "QgsClassificationQuantile"
    layer.setRenderer(renderer)
    layer.setOpacity(float(st.get("opacity", 1.0)))
    rs = renderer.ranges()
    breaks = [rs[0].lowerValue()] + [r.upperValue() for r in rs]
    return method, breaks, [r.symbol().color().name() for r in rs]


def map_settings(layer, a):
    ms = QgsMapSettings()
    ms.setLayers([layer])
    ms.setDestinationCrs(layer.crs())
    ms.setOutputSize(QSize(a.width, a.height))
    ms.setOutputDpi(a.dpi)
    ms.setBackgroundColor(QColor(255, 255, 255))
    ms.setOutputImageFormat(QImage.Format_ARGB32_Premultiplied)
    ms.setFlag(QgsMapSettings.Antialiasing, not a.no_antialias)
    ms.setFlag(QgsMapSettings.DrawLabeling, False)
    ms.setFlag(QgsMapSettings.DrawSelection, False)
    ms.setFlag(QgsMapSettings.UseRenderingOptimization, a.optimize == "on")
    ms.setExtent(layer.extent())      # QGIS widens it to the output's aspect ratio, centred
    return ms


def render(ms, kind):
    job = (QgsMapRendererSequentialJob if kind == "sequential" else QgsMapRendererParallelJob)(ms)
    t0 = time.perf_counter()
    job.start()
    job.waitForFinished()
    dt = time.perf_counter() - t0
    errs = [e.message for e in job.errors()]
    if errs:
        sys.exit("qgis_render.py: render errors: %s" % "; ".join(errs))
    return dt, job.renderingTime(), job.renderedImage()


def summary(runs):
    s = [r["s"] for r in runs]
    return {"warm_median_s": round(statistics.median(s), 4), "warm_min_s": round(min(s), 4),
            "runs": runs}


def main():
    a = parse_args()
    st = load_style(a.style, a.layer)

    t0 = time.perf_counter()
    app = QgsApplication([], False)
    app.initQgis()
    app_init_s = time.perf_counter() - t0

    # ---- cold: open layer, classify, first render
    t0 = time.perf_counter()
    layer = QgsVectorLayer("%s|layername=%s" % (a.gpkg, a.layer), a.layer, "ogr")
    if not layer.isValid():
        sys.exit("qgis_render.py: cannot open %s|layername=%s" % (a.gpkg, a.layer))
    t1 = time.perf_counter()
    method, breaks, colours = apply_style(layer, st)
    t2 = time.perf_counter()
    ms = map_settings(layer, a)
    first_s, first_qgis_ms, img = render(ms, "sequential")
    cold_s = time.perf_counter() - t0

    # ---- warm renders
    kinds = ["sequential", "parallel"] if a.mode == "both" else [a.mode]
    runs = {k: [] for k in kinds}
    last_seq = img if "sequential" in kinds else None
    for rep in range(1, a.reps + 1):
        order = kinds if rep % 2 else kinds[::-1]
        for k in order:
            s, qms, im = render(ms, k)
            runs[k].append({"rep": rep, "s": round(s, 4), "qgis_rendering_ms": qms})
            if k == "sequential":
                last_seq = im
    out_img = last_seq if last_seq is not None else img
    if not out_img.save(a.out, "PNG"):
        sys.exit("qgis_render.py: cannot write %s" % a.out)

    ext = layer.extent()
    vis = ms.visibleExtent()
    result = {
        "tool": "qgis",
        "qgis_version": Qgis.QGIS_VERSION,
        "qt_version": QT_VERSION_STR,
        "gpkg": os.path.abspath(a.gpkg), "layer": a.layer,
        "features": layer.featureCount(),
        "crs": layer.crs().authid(),
        "layer_extent": [ext.xMinimum(), ext.yMinimum(), ext.xMaximum(), ext.yMaximum()],
        "visible_extent": [vis.xMinimum(), vis.yMinimum(), vis.xMaximum(), vis.yMaximum()],
        "size": [a.width, a.height], "dpi": a.dpi,
        "antialiasing": not a.no_antialias, "labels": False,
        "rendering_optimization": a.optimize == "on",
        "classification": method, "breaks": breaks, "class_colors": colours,
        "stroke": st.get("stroke"), "stroke_width_mm": st.get("stroke_width_mm"),
        "app_init_s": round(app_init_s, 4),
        "load_s": round(t1 - t0, 4),
        "classify_s": round(t2 - t1, 4),
        "first_render_s": round(first_s, 4),
        "cold_s": round(cold_s, 4),
        "out": os.path.abspath(a.out),
    }
    if "sequential" in runs:
        result.update(summary(runs["sequential"]))
        result["job"] = "QgsMapRendererSequentialJob"
    if "parallel" in runs:
        result["parallel"] = dict(summary(runs["parallel"]), job="QgsMapRendererParallelJob",
                                  max_threads=QgsApplication.maxThreads())
        if "sequential" not in runs:   # keep the top-level keys meaningful
            result.update({k: result["parallel"][k] for k in ("warm_median_s", "warm_min_s", "runs")})
            result["job"] = "QgsMapRendererParallelJob"
    print(json.dumps(result))
    sys.stdout.flush()
    del layer
    app.exitQgis()


if __name__ == "__main__":
    main()
