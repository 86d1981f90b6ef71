#pragma once
#include "core/datadictionary.h"
#include "dictionary/dictionaryexport.h"
#include "shell/module.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace concord {
class RpcClient;
}

namespace concord::ui {

class DictionaryEntityModel;
class DictionaryFieldModel;
class DictionaryFilter;

// The data dictionary browser (统一数据字典), for every signed-in user: the entities the server
// validates (label, ISA-95 name, owner module, kind, whether changes need a change order) and the
// fields of the chosen one (name, label, type, unit, allowed values, required, ISA-95, change order
// needed, description); a filter box that also finds entities by their fields; export as CSV, HTML
// or PDF.
class DictionaryBrowser : public QWidget, public ScreenshotProvider
{
    Q_OBJECT
public:
    DictionaryBrowser(RpcClient *client, QWidget *parent = nullptr);

    bool isLoaded() const { return !m_dictionary.isEmpty(); }
    const DataDictionary &dictionary() const { return m_dictionary; }
    DictionaryEntityModel *entityModel() const { return m_entities; }
    DictionaryFieldModel *fieldModel() const { return m_fields; }
    DictionaryFilter *entityFilter() const { return m_filter; }
    QTableView *entityView() const { return m_entityView; }
    QTableView *fieldView() const { return m_fieldView; }
    QLineEdit *filterBox() const { return m_filterBox; }
    QLabel *statusLabel() const { return m_status; }

    bool selectEntity(const QString &name);
    // Starts an export to `path` (the Export menu asks for the file first); the result is shown in
    // the status line and signalled by exportFinished().
    DictionaryExport *exportTo(DictionaryExport::Format format, const QString &path);

    QList<Shot> screenshots() override;

Q_SIGNALS:
    void loaded();
    void exportFinished(bool ok, const QString &message);

private:
    void load();
    void showEntity();
    void chooseExport(DictionaryExport::Format format);
    void updateFieldFilter();
    void showField();

    QPointer<RpcClient> m_client;
    DataDictionary m_dictionary;
    DictionaryEntityModel *m_entities = nullptr;
    DictionaryFilter *m_filter = nullptr;
    DictionaryFieldModel *m_fields = nullptr;
    QSortFilterProxyModel *m_fieldFilter = nullptr;
    QLineEdit *m_filterBox = nullptr;
    QPushButton *m_export = nullptr;
    QTableView *m_entityView = nullptr;
    QLabel *m_entityTitle = nullptr;
    QTableView *m_fieldView = nullptr;
    QLabel *m_fieldDetail = nullptr; // the chosen field in full: description and allowed values
    QLabel *m_status = nullptr;
    QPointer<DictionaryExport> m_running;
    bool m_loading = false;
};

} // namespace concord::ui
