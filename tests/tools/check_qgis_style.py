#!/usr/bin/python3
"""Check that QGIS loads the styles rrw saves into a project (not run by CTest).

Usage: check_qgis_style.py PROJECT.gpkg [--png OUT.png]

Make PROJECT.gpkg with the unit test that saves the default map's styles into the bundled
region project and keeps a copy:

  RRW_KEEP_STYLED_PROJECT=/tmp/styled.gpkg build/dev/tests/rrw_unit_tests \\
      --gtest_filter='QgisStyleProject.*'
  /usr/bin/python3 tests/tools/check_qgis_style.py /tmp/styled.gpkg --png /tmp/styled.png

Needs Debian's python3-qgis (run with /usr/bin/python3; a pyenv/venv python has no `qgis`).
Without a display it uses QT_QPA_PLATFORM=offscreen.

For every layer with an rrw row in `layer_styles` it opens the layer with the OGR provider
without a style, calls loadDefaultStyle() (QGIS reads the default row of layer_styles) and
checks what QGIS made of it against what the rrw JSON in rrw_layer_style says:
  * the renderer type (single/categorized/graduated -> singleSymbol/categorizedSymbol/
    graduatedSymbol) and the number of categories or ranges;
  * graduated: QGIS evaluates the renderer's expression (e.g. "population" / "area_km2") and
    every feature falls into a range; the ranges are the same in every layer that shares the
    style (German Kreise and Czech okresy), and the first lower / last upper limit are the
    minimum / maximum of the values over all of those layers (rrw's shared classification);
  * labels: enabled exactly when the style has a label, and the label expression gives, for
    every feature, the text rrw's labelText() draws (reimplemented below for the language the
    QML was written for, detected from the expression).
With --png it renders all styled layers together with QGIS (labels on) into OUT.png.
Prints one line per layer and a summary; exits 1 when a check fails.
"""

import argparse
import json
import os
import sqlite3
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("XDG_RUNTIME_DIR", "/tmp/runtime-%d" % os.getuid())
os.makedirs(os.environ["XDG_RUNTIME_DIR"], mode=0o700, exist_ok=True)

try:
    from qgis.core import (Qgis, QgsApplication, QgsExpression, QgsExpressionContext,
                           QgsExpressionContextUtils, QgsMapRendererSequentialJob,
                           QgsMapSettings, QgsRectangle, QgsVectorLayer)
    from qgis.PyQt.QtCore import QSize
    from qgis.PyQt.QtGui import QColor
except ImportError:
    sys.exit("PyQGIS not importable; run with /usr/bin/python3 (apt-get install python3-qgis)")

RENDERER = {"single": "singleSymbol", "categorized": "categorizedSymbol",
            "graduated": "graduatedSymbol"}


def rrw_label(feature, label, language):
    """rrw's labelText (src/render/map_renderer.cpp) for one feature."""
    names = feature.fields().names()

    def text(field):
        if not field or field not in names:
            return ""
        value = feature[field]
        return "" if value is None or str(value) == "NULL" else str(value)

    local = text(label.get("field", "name"))
    de = text(label.get("field_de", "name_de")) or local
    cs = text(label.get("field_cs", "name_cs")) or local
    if language == "de":
        result = de
    elif language == "cs":
        result = cs
    elif language == "en":
        result = local
    else:
        first = local or de
        other = cs if first == de else de
        result = first if not other or other == first else first + " / " + other
    if label.get("invert_priority") and label.get("max_rank", 0) > 0:
        p = feature[label["priority_field"]] if label.get("priority_field") in names else None
        p = 0 if p is None or str(p) == "NULL" else float(p)
        if p > label["max_rank"]:
            return ""
    return result


def language_of(expression, label):
    if "with_variable('first'" in expression:
        return "de+cs"
    if '"%s"' % label.get("field_de", "name_de") in expression:
        return "de"
    if '"%s"' % label.get("field_cs", "name_cs") in expression:
        return "cs"
    return "en"


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("project")
    parser.add_argument("--png")
    args = parser.parse_args()

    db = sqlite3.connect(args.project)
    rows = db.execute("SELECT s.f_table_name, s.f_geometry_column, s.useAsDefault, j.style_json "
                      "FROM layer_styles s LEFT JOIN rrw_layer_style j ON j.layer = s.f_table_name "
                      "WHERE s.styleName = 'rrw' ORDER BY s.id").fetchall()
    db.close()

    app = QgsApplication([], False)
    app.initQgis()
    print("QGIS %s, %d rrw styles in %s" % (Qgis.QGIS_VERSION, len(rows), args.project))

    failures = []
    layers = []
    shared = {}  # JSON of the style without "layer" -> [(layer name, ranges, values)]
    for name, geometry_column, default, style_json in rows:
        problems = []
        style = json.loads(style_json) if style_json else {}
        options = QgsVectorLayer.LayerOptions()
        options.loadDefaultStyle = False
        layer = QgsVectorLayer("%s|layername=%s" % (args.project, name), name, "ogr", options)
        if not layer.isValid():
            failures.append("%s: layer does not open" % name)
            continue
        message, loaded = layer.loadDefaultStyle()
        if not loaded:
            problems.append("loadDefaultStyle failed: %s" % message)
        renderer = layer.renderer()
        expected = RENDERER.get(style.get("type", "single"))
        detail = "renderer %s" % renderer.type()
        if renderer.type() != expected:
            problems.append("renderer %s, expected %s" % (renderer.type(), expected))
        if renderer.type() == "categorizedSymbol":
            n = len(renderer.categories())
            detail += ", %d categories (attr %s)" % (n, renderer.classAttribute())
            if n != len(style.get("categories", [])) + 1:  # + QGIS's "all other values"
                problems.append("%d categories, expected %d + 1"
                                % (n, len(style.get("categories", []))))
        if renderer.type() == "graduatedSymbol":
            ranges = [(r.lowerValue(), r.upperValue()) for r in renderer.ranges()]
            detail += ", %d ranges (attr %s, method %s)" % (
                len(ranges), renderer.classAttribute(), renderer.classificationMethod().id())
            if len(ranges) != style.get("classes", 5):
                problems.append("%d ranges, expected %d" % (len(ranges), style.get("classes", 5)))
            expression = QgsExpression(renderer.classAttribute())
            context = QgsExpressionContext(
                QgsExpressionContextUtils.globalProjectLayerScopes(layer))
            values = []
            unclassified = 0
            for feature in layer.getFeatures():
                context.setFeature(feature)
                value = expression.evaluate(context)
                if value is None or str(value) == "NULL":
                    unclassified += 1  # no value: rrw draws it grey, QGIS not at all
                    continue
                values.append(float(value))
                if renderer.rangeForValue(float(value)) is None:
                    unclassified += 1
            detail += ", %d features, %d in no range" % (len(values), unclassified)
            if unclassified:
                problems.append("%d features in no range" % unclassified)
            key = json.dumps({k: v for k, v in style.items() if k != "layer"}, sort_keys=True)
            shared.setdefault(key, []).append((name, ranges, values))
        if layer.labelsEnabled() != ("label" in style):
            problems.append("labels enabled: %s" % layer.labelsEnabled())
        if "label" in style and layer.labeling() is not None:
            settings = layer.labeling().settings()
            language = language_of(settings.fieldName, style["label"])
            expression = QgsExpression(settings.fieldName)
            context = QgsExpressionContext(
                QgsExpressionContextUtils.globalProjectLayerScopes(layer))
            mismatches = []
            count = 0
            for feature in layer.getFeatures():
                context.setFeature(feature)
                got = expression.evaluate(context)
                got = "" if got is None or str(got) == "NULL" else str(got)
                want = rrw_label(feature, style["label"], language)
                count += 1
                if got != want:
                    mismatches.append("%r != %r" % (got, want))
            if expression.hasEvalError() or expression.hasParserError():
                problems.append("label expression: %s" % (expression.evalErrorString()
                                                         or expression.parserErrorString()))
            detail += ", labels %s on %d features, %d differ from rrw" % (
                language, count, len(mismatches))
            if mismatches:
                problems.append("labels differ, e.g. " + "; ".join(mismatches[:3]))
        print("%-18s %s %s" % (name, "OK  " if not problems else "FAIL", detail))
        for p in problems:
            failures.append("%s: %s" % (name, p))
            print("    " + p)
        layers.append(layer)

    for key, members in shared.items():
        names = [m[0] for m in members]
        all_values = [v for m in members for v in m[2]]
        first_ranges = members[0][1]
        same = all(m[1] == first_ranges for m in members)
        low_ok = bool(all_values) and first_ranges[0][0] == min(all_values)
        high_ok = bool(all_values) and first_ranges[-1][1] == max(all_values)
        print("shared classification over %s: same ranges %s, min %s, max %s; limits %s" % (
            "+".join(names), same, low_ok, high_ok,
            ", ".join("%.6g" % r[0] for r in first_ranges) + ", %.6g" % first_ranges[-1][1]))
        if not (same and low_ok and high_ok):
            failures.append("shared classification over %s" % "+".join(names))

    if args.png and layers:
        settings = QgsMapSettings()
        settings.setLayers(list(reversed(layers)))  # rows are bottom to top
        extent = QgsRectangle()
        extent.setMinimal()
        for layer in layers:
            extent.combineExtentWith(layer.extent())
        settings.setDestinationCrs(layers[0].crs())
        settings.setExtent(extent)
        settings.setOutputSize(QSize(1200, 1000))
        settings.setBackgroundColor(QColor("#f4f6f8"))
        job = QgsMapRendererSequentialJob(settings)
        job.start()
        job.waitForFinished()
        job.renderedImage().save(args.png)
        print("rendered %s" % args.png)

    print("%d layers checked, %d problems" % (len(rows), len(failures)))
    sys.stdout.flush()
    # Layers and renderers must go before QGIS does; PyQGIS 3.22 may still crash on the way
    # out, so leave without the interpreter's teardown.
    layers.clear()
    app.exitQgis()
    os._exit(1 if failures else 0)


if __name__ == "__main__":
    sys.exit(main())
