#include "risk_matrix_page.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QTableWidget>
#include <QUndoStack>
#include <QVBoxLayout>

#include "analysis/risk/bbk_matrix.h"
#include "commands/save_bbk_scenario.h"
#include "core/error.h"
#include "language.h"
#include "map_document.h"
#include "risk_matrix_view.h"
#include "risk_texts.h"
#include "ui_text.h"

namespace rrw::ui {

namespace {

constexpr analysis::Likelihood kLikelihoods[] = {analysis::Likelihood::A, analysis::Likelihood::B,
                                                 analysis::Likelihood::C, analysis::Likelihood::D,
                                                 analysis::Likelihood::E};

QString scenarioName(const analysis::BbkScenario& s, const render::MapLanguage& lang) {
    return render::MapTexts::pick(lang, s.nameDe, s.nameCs, s.nameEn);
}

}  // namespace

RiskMatrixPage::RiskMatrixPage(MapDocument& document, QWidget* parent)
    : QWidget(parent),
      document_(document),
      view_(new RiskMatrixView(this)),
      rule_(new QComboBox(this)),
      table_(new QTableWidget(this)),
      note_(new QLabel(this)),
      language_(Language::systemMapLanguage()) {
    rule_->addItem(QString());
    rule_->addItem(QString());
    note_->setWordWrap(true);
    table_->setColumnCount(9);
    table_->verticalHeader()->hide();
    table_->setSelectionMode(QAbstractItemView::NoSelection);
    table_->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table_->horizontalHeader()->setSectionResizeMode(Name, QHeaderView::Stretch);

    auto* top = new QHBoxLayout;
    top->addWidget(rule_);
    top->addStretch();
    auto* lower = new QWidget(this);
    auto* lowerLayout = new QVBoxLayout(lower);
    lowerLayout->setContentsMargins(0, 0, 0, 0);
    lowerLayout->addWidget(table_);
    lowerLayout->addWidget(note_);
    auto* split = new QSplitter(Qt::Vertical, this);
    split->addWidget(view_);
    split->addWidget(lower);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(split);

    connect(rule_, &QComboBox::currentIndexChanged, this, [this] { fillTable(); });
    connect(&document_, &MapDocument::opened, this, &RiskMatrixPage::reload);
    connect(document_.undoStack(), &QUndoStack::indexChanged, this, &RiskMatrixPage::reload);
    retranslate();
    reload();
}

RiskMatrixPage::~RiskMatrixPage() = default;

void RiskMatrixPage::reload() {
    scenarios_.clear();
    if (document_.isOpen()) {
        try {
            scenarios_ = store::listBbkScenarios(document_.project());
        } catch (const Error& e) {
            note_->setText(translatedError(e));
        }
    }
    fillTable();
}

void RiskMatrixPage::setCautious(bool cautious) {
    rule_->setCurrentIndex(cautious ? 1 : 0);
}

void RiskMatrixPage::fillTable() {
    const auto aggregation = rule_->currentIndex() == 1 ? analysis::ExtentAggregation::Max
                                                        : analysis::ExtentAggregation::Mean;
    std::vector<analysis::BbkScenario> plain;
    for (const auto& s : scenarios_) {
        plain.push_back(s.scenario);
    }
    view_->languageChanged(language_);
    view_->setScenarios(plain, {}, aggregation);

    filling_ = true;
    table_->clearContents();
    table_->setRowCount(static_cast<int>(scenarios_.size()));
    for (int row = 0; row < table_->rowCount(); ++row) {
        const auto& stored = scenarios_[static_cast<std::size_t>(row)];
        const auto& s = stored.scenario;
        const std::string id = s.id;
        auto* name = new QTableWidgetItem(scenarioName(s, language_));
        name->setToolTip(
            QString::fromStdString(stored.rationaleDe.empty() ? s.source : stored.rationaleDe));
        table_->setItem(row, Name, name);

        auto* likelihood = new QComboBox(table_);
        for (const auto l : kLikelihoods) {
            likelihood->addItem(QString::fromStdString(analysis::likelihoodLetter(l)));
            likelihood->setItemData(likelihood->count() - 1, RiskTexts::likelihood(l),
                                    Qt::ToolTipRole);
        }
        likelihood->setToolTip(RiskTexts::likelihood(s.likelihood));
        likelihood->setCurrentIndex(analysis::likelihoodIndex(s.likelihood) - 1);
        connect(likelihood, &QComboBox::activated, this,
                [this, id](int index) { setLikelihood(id, kLikelihoods[index]); });
        table_->setCellWidget(row, Likelihood, likelihood);

        for (int p = 0; p < 5; ++p) {
            const std::string parameter = analysis::kBbkParameters[static_cast<std::size_t>(p)];
            auto* extent = new QComboBox(table_);
            for (int c = 1; c <= 5; ++c) {
                extent->addItem(QString::number(c));
                extent->setItemData(c - 1, RiskTexts::extent(c), Qt::ToolTipRole);
            }
            const auto it = s.extent.find(parameter);
            extent->setCurrentIndex(it != s.extent.end() ? it->second - 1 : 0);
            connect(extent, &QComboBox::activated, this,
                    [this, id, parameter](int index) { setExtent(id, parameter, index + 1); });
            table_->setCellWidget(row, FirstParameter + p, extent);
        }
        const auto placement = analysis::placeScenario(s, {}, aggregation);
        table_->setItem(row, ExtentClass,
                        new QTableWidgetItem(QString::number(placement.extentClass)));
        auto* level = new QTableWidgetItem(RiskTexts::riskLevel(placement.level));
        level->setBackground(RiskMatrixView::bandColor(placement.level));
        table_->setItem(row, Level, level);
    }
    filling_ = false;
}

const store::StoredBbkScenario* RiskMatrixPage::find(const std::string& id) const {
    for (const auto& s : scenarios_) {
        if (s.scenario.id == id) {
            return &s;
        }
    }
    return nullptr;
}

bool RiskMatrixPage::setLikelihood(const std::string& id, analysis::Likelihood likelihood) {
    const auto* before = find(id);
    if (before == nullptr) {
        return false;
    }
    if (before->scenario.likelihood == likelihood) {
        return true;
    }
    auto after = *before;
    after.scenario.likelihood = likelihood;
    save(after, tr("likelihood of “%1”").arg(scenarioName(after.scenario, language_)));
    return true;
}

bool RiskMatrixPage::setExtent(const std::string& id, const std::string& parameter,
                               int extentClass) {
    const auto* before = find(id);
    if (before == nullptr || extentClass < 1 || extentClass > 5 ||
        before->scenario.extent.count(parameter) == 0) {
        return false;
    }
    if (before->scenario.extent.at(parameter) == extentClass) {
        return true;
    }
    auto after = *before;
    after.scenario.extent[parameter] = extentClass;
    save(after, tr("damage extent of “%1”").arg(scenarioName(after.scenario, language_)));
    return true;
}

void RiskMatrixPage::save(const store::StoredBbkScenario& after, const QString& text) {
    if (filling_) {
        return;
    }
    const auto* before = find(after.scenario.id);
    // The push runs redo(), which stores the change; indexChanged then reloads the page.
    document_.undoStack()->push(new SaveBbkScenario(document_, text, *before, after));
}

void RiskMatrixPage::languageChanged(rrw::render::MapLanguage language) {
    language_ = language;
    fillTable();
}

void RiskMatrixPage::retranslate() {
    rule_->setItemText(0, tr("Extent class: mean of the five parameters (BBK 2010)"));
    rule_->setItemText(1, tr("Extent class: worst parameter (cautious)"));
    QStringList headers = {tr("Scenario"), tr("Likelihood")};
    for (const char* p : analysis::kBbkParameters) {
        headers << RiskTexts::parameter(p);
    }
    headers << tr("Extent class") << tr("Risk");
    table_->setHorizontalHeaderLabels(headers);
    note_->setText(
        tr("Workshop starting estimates, to be revised by the partners. Likelihood A "
           "(very unlikely) to E (very likely); damage extent 1 (insignificant) to 5 "
           "(catastrophic); method: BBK, Methode für die Risikoanalyse im "
           "Bevölkerungsschutz (2010). Every change is stored and can be undone."));
}

void RiskMatrixPage::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        fillTable();
    }
    QWidget::changeEvent(event);
}

}  // namespace rrw::ui
