#pragma once

#include <QWidget>

#include <vector>

#include "render/map_language.h"
#include "store/bbk_repository.h"

class QComboBox;
class QLabel;
class QTableWidget;

namespace rrw::ui {

class MapDocument;
class RiskMatrixView;

/// The BBK risk matrix of the project's stored scenarios (BBK 2010): the matrix chart, the rule
/// that turns the five parameter classes into one extent class (mean as BBK, or the worst
/// class), and a table in which likelihood and extent classes are edited — each change one undo
/// step, stored at once. Reloads after opening a project and after undo/redo.
class RiskMatrixPage : public QWidget {
    Q_OBJECT

public:
    explicit RiskMatrixPage(MapDocument& document, QWidget* parent = nullptr);
    ~RiskMatrixPage() override;

    RiskMatrixView* view() const { return view_; }
    QTableWidget* table() const { return table_; }
    /// Column of the table: name, likelihood, the five parameters, extent class, risk level.
    static constexpr int Name = 0;
    static constexpr int Likelihood = 1;
    static constexpr int FirstParameter = 2;
    static constexpr int ExtentClass = 7;
    static constexpr int Level = 8;

    /// Sets a scenario's likelihood or one parameter's extent class as the user does (one undo
    /// command). Returns false for an unknown scenario or parameter or a class out of range.
    bool setLikelihood(const std::string& id, analysis::Likelihood likelihood);
    bool setExtent(const std::string& id, const std::string& parameter, int extentClass);
    /// Worst class instead of the BBK mean.
    void setCautious(bool cautious);

public slots:
    void reload();
    void languageChanged(rrw::render::MapLanguage language);

protected:
    void changeEvent(QEvent* event) override;

private:
    MapDocument& document_;
    RiskMatrixView* view_;
    QComboBox* rule_;
    QTableWidget* table_;
    QLabel* note_;
    std::vector<store::StoredBbkScenario> scenarios_;
    render::MapLanguage language_;
    bool filling_ = false;

    void retranslate();
    void fillTable();
    void save(const store::StoredBbkScenario& after, const QString& text);
    const store::StoredBbkScenario* find(const std::string& id) const;
};

}  // namespace rrw::ui
