#include "risk_matrix_view.h"

#include <QEvent>
#include <QHelpEvent>
#include <QPainter>
#include <QToolTip>

#include <algorithm>

#include "language.h"
#include "risk_texts.h"

namespace rrw::ui {

namespace {

constexpr double kMargin = 12;
constexpr analysis::Likelihood kLikelihoods[] = {analysis::Likelihood::A, analysis::Likelihood::B,
                                                 analysis::Likelihood::C, analysis::Likelihood::D,
                                                 analysis::Likelihood::E};

QString letter(analysis::Likelihood l) {
    return QString::fromStdString(analysis::likelihoodLetter(l));
}

/// `text` broken into at most two lines of `width` at word boundaries (the rest elided).
QString twoLines(const QString& text, const QFontMetrics& fm, int width) {
    if (fm.horizontalAdvance(text) <= width) {
        return text;
    }
    const QStringList words = text.split(QLatin1Char(' '));
    QString first;
    int used = 0;
    for (; used < words.size(); ++used) {
        const QString candidate =
            first.isEmpty() ? words[used] : first + QLatin1Char(' ') + words[used];
        if (fm.horizontalAdvance(candidate) > width) {
            break;
        }
        first = candidate;
    }
    if (first.isEmpty()) {  // one long word
        return fm.elidedText(text, Qt::ElideRight, width);
    }
    const QString rest = words.mid(used).join(QLatin1Char(' '));
    return first + QLatin1Char('\n') + fm.elidedText(rest, Qt::ElideRight, width);
}

}  // namespace

RiskMatrixView::RiskMatrixView(QWidget* parent)
    : QWidget(parent), language_(Language::systemMapLanguage()) {
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

RiskMatrixView::~RiskMatrixView() = default;

void RiskMatrixView::setScenarios(std::vector<analysis::BbkScenario> scenarios,
                                  std::map<std::string, double> weights,
                                  analysis::ExtentAggregation aggregation) {
    std::vector<analysis::BbkPlacement> placements;
    for (const auto& s : scenarios) {
        placements.push_back(analysis::placeScenario(s, weights, aggregation));
    }
    scenarios_ = std::move(scenarios);
    placements_ = std::move(placements);
    aggregation_ = aggregation;
    updateGeometry();
    update();
}

QColor RiskMatrixView::bandColor(const std::string& level) {
    if (level == "low") {
        return {0x91, 0xcf, 0x60};
    }
    if (level == "medium") {
        return {0xfe, 0xe0, 0x8b};
    }
    if (level == "high") {
        return {0xfc, 0x8d, 0x59};
    }
    return {0xd7, 0x30, 0x27};
}

QSize RiskMatrixView::sizeHint() const {
    return {980, 600};
}

QSize RiskMatrixView::minimumSizeHint() const {
    return {640, 420};
}

double RiskMatrixView::markerRowHeight() const {
    return fontMetrics().height() + 8;
}

RiskMatrixView::Geometry RiskMatrixView::geometry() const {
    Geometry g;
    const QFontMetricsF fm(font());
    const double line = fm.height();
    g.title = QRectF(kMargin, kMargin, width() - 2 * kMargin, line * 1.6);
    for (analysis::Likelihood l : kLikelihoods) {
        g.rowLabelWidth = std::max(
            g.rowLabelWidth,
            fm.horizontalAdvance(letter(l) + QStringLiteral("  ") + RiskTexts::likelihood(l)));
    }
    g.rowLabelWidth += 8;
    const double axisTitle = line + 8;  // the rotated likelihood title
    const double listWidth = std::min(340.0, width() * 0.3);
    const double left = kMargin + axisTitle + g.rowLabelWidth;
    const double top = g.title.bottom() + 6;
    const double right = width() - kMargin - listWidth - 16;
    const double bottom = height() - kMargin - 3 * line - 12;
    g.grid = QRectF(left, top, std::max(50.0, right - left), std::max(50.0, bottom - top));
    g.cellWidth = g.grid.width() / 5;
    g.cellHeight = g.grid.height() / 5;
    g.list = QRectF(width() - kMargin - listWidth, top, listWidth, g.grid.height());
    return g;
}

QRectF RiskMatrixView::cellRect(analysis::Likelihood likelihood, int extent) const {
    const Geometry g = geometry();
    const int row = 5 - analysis::likelihoodIndex(likelihood);  // E at the top
    return {g.grid.left() + (extent - 1) * g.cellWidth, g.grid.top() + row * g.cellHeight,
            g.cellWidth, g.cellHeight};
}

int RiskMatrixView::slotInCell(std::size_t i) const {
    int slot = 0;
    for (std::size_t k = 0; k < i; ++k) {
        if (placements_[k].likelihood == placements_[i].likelihood &&
            placements_[k].extentClass == placements_[i].extentClass) {
            ++slot;
        }
    }
    return slot;
}

QRectF RiskMatrixView::markerRect(const std::string& scenarioId) const {
    for (std::size_t i = 0; i < placements_.size(); ++i) {
        if (placements_[i].id != scenarioId) {
            continue;
        }
        const QRectF cell = cellRect(placements_[i].likelihood, placements_[i].extentClass);
        int inCell = 0;
        for (const auto& p : placements_) {
            inCell += p.likelihood == placements_[i].likelihood &&
                              p.extentClass == placements_[i].extentClass
                          ? 1
                          : 0;
        }
        // Names get two lines where the cell has room for them.
        const double one = markerRowHeight();
        const double two = one + fontMetrics().height();
        const double h = inCell * two + 8 <= cell.height() ? two : one;
        return {cell.left() + 4, cell.top() + 4 + slotInCell(i) * h, cell.width() - 8, h - 2};
    }
    return {};
}

QString RiskMatrixView::scenarioName(std::size_t i) const {
    const auto& s = scenarios_[i];
    return render::MapTexts::pick(language_, s.nameDe, s.nameCs, s.nameEn);
}

QString RiskMatrixView::scenarioToolTip(const std::string& scenarioId) const {
    for (std::size_t i = 0; i < scenarios_.size(); ++i) {
        if (scenarios_[i].id != scenarioId) {
            continue;
        }
        const auto& s = scenarios_[i];
        const auto& p = placements_[i];
        QStringList classes;
        for (const char* parameter : analysis::kBbkParameters) {
            const auto it = s.extent.find(parameter);
            if (it != s.extent.end()) {
                classes
                    << QStringLiteral("%1 %2").arg(RiskTexts::parameter(parameter)).arg(it->second);
            }
        }
        QString text = scenarioName(i) + QStringLiteral("\n") +
                       tr("Likelihood %1 (%2), extent class %3 (%4)")
                           .arg(letter(p.likelihood), RiskTexts::likelihood(p.likelihood))
                           .arg(p.extentClass)
                           .arg(RiskTexts::extent(p.extentClass)) +
                       QStringLiteral("\n") +
                       tr("Risk %1: %2").arg(p.riskScore).arg(RiskTexts::riskLevel(p.level)) +
                       QStringLiteral("\n") +
                       (aggregation_ == analysis::ExtentAggregation::Max
                            ? tr("Extent classes (the highest counts): %1")
                            : tr("Extent classes (their mean counts): %1"))
                           .arg(classes.join(QStringLiteral(", ")));
        if (!s.source.empty()) {
            text += QStringLiteral("\n") + QString::fromStdString(s.source);
        }
        return text;
    }
    return QString();
}

void RiskMatrixView::languageChanged(rrw::render::MapLanguage language) {
    language_ = language;
    update();
}

void RiskMatrixView::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) {
        updateGeometry();
        update();
    }
    QWidget::changeEvent(event);
}

bool RiskMatrixView::event(QEvent* event) {
    if (event->type() != QEvent::ToolTip) {
        return QWidget::event(event);
    }
    const auto* help = static_cast<QHelpEvent*>(event);
    const QPointF pos = help->pos();
    for (const auto& p : placements_) {
        if (markerRect(p.id).contains(pos)) {
            QToolTip::showText(help->globalPos(), scenarioToolTip(p.id), this);
            return true;
        }
    }
    for (analysis::Likelihood l : kLikelihoods) {
        for (int e = 1; e <= 5; ++e) {
            if (cellRect(l, e).contains(pos)) {
                const int score = analysis::likelihoodIndex(l) * e;
                QToolTip::showText(help->globalPos(),
                                   tr("%1 \u00d7 %2 = risk %3: %4")
                                       .arg(letter(l))
                                       .arg(e)
                                       .arg(score)
                                       .arg(RiskTexts::riskLevel(analysis::riskLevel(score))),
                                   this);
                return true;
            }
        }
    }
    QToolTip::hideText();
    return true;
}

void RiskMatrixView::paintEvent(QPaintEvent*) {
    QPainter p(this);
    p.fillRect(rect(), palette().base());
    p.setRenderHint(QPainter::Antialiasing, true);
    const Geometry g = geometry();
    QFont bold = font();
    bold.setBold(true);
    p.setFont(bold);
    p.setPen(palette().color(QPalette::Text));
    p.drawText(g.title, Qt::AlignLeft | Qt::AlignVCenter, tr("Risk matrix (BBK method)"));
    p.setFont(font());
    // Cells by risk band.
    for (analysis::Likelihood l : kLikelihoods) {
        for (int e = 1; e <= 5; ++e) {
            const QRectF cell = cellRect(l, e);
            p.fillRect(cell, bandColor(analysis::riskLevel(analysis::likelihoodIndex(l) * e)));
            p.setPen(QPen(Qt::white, 2));
            p.drawRect(cell);
        }
    }
    paintAxes(p, g);
    // Markers: a numbered dot and the name, elided to the cell.
    for (std::size_t i = 0; i < placements_.size(); ++i) {
        const QRectF marker = markerRect(placements_[i].id);
        const QRectF cell = cellRect(placements_[i].likelihood, placements_[i].extentClass);
        if (marker.bottom() > cell.bottom()) {
            continue;  // no room left in a crowded cell; the list still has it
        }
        const double r = (markerRowHeight() - 4) / 2;
        const QPointF centre(marker.left() + r + 1, marker.top() + r + 1);
        p.setPen(QPen(QColor(0x20, 0x20, 0x20), 1.2));
        p.setBrush(Qt::white);
        p.drawEllipse(centre, r, r);
        p.setBrush(Qt::NoBrush);
        p.setFont(bold);
        p.drawText(QRectF(centre.x() - r, centre.y() - r, 2 * r, 2 * r), Qt::AlignCenter,
                   QString::number(i + 1));
        p.setFont(font());
        const bool twoRows = marker.height() > markerRowHeight();
        const QRectF text(marker.left() + 2 * r + 6, marker.top() + (twoRows ? 3 : 0),
                          marker.width() - 2 * r - 6, marker.height());
        p.setPen(QColor(0x10, 0x10, 0x10));
        p.drawText(text, Qt::AlignLeft | (twoRows ? Qt::AlignTop : Qt::AlignVCenter),
                   twoRows
                       ? twoLines(scenarioName(i), fontMetrics(), static_cast<int>(text.width()))
                       : fontMetrics().elidedText(scenarioName(i), Qt::ElideRight,
                                                  static_cast<int>(text.width())));
    }
    paintList(p, g);
}

void RiskMatrixView::paintAxes(QPainter& p, const Geometry& g) const {
    const QFontMetricsF fm(font());
    const double line = fm.height();
    p.setPen(palette().color(QPalette::Text));
    for (analysis::Likelihood l : kLikelihoods) {
        const QRectF cell = cellRect(l, 1);
        p.drawText(
            QRectF(g.grid.left() - g.rowLabelWidth, cell.top(), g.rowLabelWidth - 8, cell.height()),
            Qt::AlignRight | Qt::AlignVCenter,
            letter(l) + QStringLiteral("  ") + RiskTexts::likelihood(l));
    }
    for (int e = 1; e <= 5; ++e) {
        const QRectF cell = cellRect(analysis::Likelihood::A, e);
        p.drawText(QRectF(cell.left(), g.grid.bottom() + 4, cell.width(), 2 * line),
                   Qt::AlignHCenter | Qt::AlignTop,
                   QString::number(e) + QStringLiteral("\n") + RiskTexts::extent(e));
    }
    QFont bold = font();
    bold.setBold(true);
    p.setFont(bold);
    p.drawText(QRectF(g.grid.left(), g.grid.bottom() + 4 + 2 * line, g.grid.width(), line + 4),
               Qt::AlignHCenter | Qt::AlignVCenter, tr("Extent of damage"));
    p.save();
    p.translate(kMargin, g.grid.center().y());
    p.rotate(-90);
    p.drawText(QRectF(-g.grid.height() / 2, 0, g.grid.height(), line + 4), Qt::AlignCenter,
               tr("Likelihood"));
    p.restore();
    p.setFont(font());
}

void RiskMatrixView::paintList(QPainter& p, const Geometry& g) const {
    const QFontMetricsF fm(font());
    const double line = fm.height();
    double y = g.list.top();
    QFont bold = font();
    bold.setBold(true);
    p.setPen(palette().color(QPalette::Text));
    for (std::size_t i = 0; i < scenarios_.size(); ++i) {
        const auto& pl = placements_[i];
        p.setFont(bold);
        p.drawText(QRectF(g.list.left(), y, 24, line), Qt::AlignLeft | Qt::AlignVCenter,
                   QString::number(i + 1));
        p.setFont(font());
        const QString name =
            twoLines(scenarioName(i), fontMetrics(), static_cast<int>(g.list.width() - 24));
        const int lines = static_cast<int>(name.count(QLatin1Char('\n'))) + 1;
        p.drawText(QRectF(g.list.left() + 24, y, g.list.width() - 24, lines * line),
                   Qt::AlignLeft | Qt::AlignTop, name);
        y += lines * line;
        p.setPen(palette().color(QPalette::PlaceholderText));
        p.drawText(QRectF(g.list.left() + 24, y, g.list.width() - 24, line),
                   Qt::AlignLeft | Qt::AlignVCenter,
                   tr("%1 / %2 \u00b7 risk %3: %4")
                       .arg(letter(pl.likelihood))
                       .arg(pl.extentClass)
                       .arg(pl.riskScore)
                       .arg(RiskTexts::riskLevel(pl.level)));
        p.setPen(palette().color(QPalette::Text));
        y += line + 6;
    }
    y += 6;
    const char* levels[] = {"low", "medium", "high", "very_high"};
    const char* ranges[] = {"1\u20134", "5\u20139", "10\u201315", "16\u201325"};
    for (int k = 0; k < 4; ++k) {
        p.fillRect(QRectF(g.list.left(), y + 2, 18, line - 4), bandColor(levels[k]));
        p.drawText(
            QRectF(g.list.left() + 24, y, g.list.width() - 24, line),
            Qt::AlignLeft | Qt::AlignVCenter,
            tr("%1 (risk %2)").arg(RiskTexts::riskLevel(levels[k]), QString::fromUtf8(ranges[k])));
        y += line + 2;
    }
}

}  // namespace rrw::ui
