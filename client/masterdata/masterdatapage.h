#pragma once
#include "core/datadictionary.h"
#include "shell/module.h"

#include <QHash>
#include <QJsonObject>
#include <QPointer>
#include <QWidget>

class QLabel;
class QListWidget;
class QStackedWidget;

namespace concord {
class RpcClient;
}

namespace concord::ui {

class EntityPage;

// The Master data module (masterdata.read): on the left the entity kinds of the data dictionary
// (versioned ones first: they change only through change orders), on the right the EntityPage of
// the chosen kind. Answers the global search with the records whose code (or name) matches, and
// lists its states for the screenshot tour.
class MasterDataPage : public QWidget, public SearchProvider, public ScreenshotProvider
{
    Q_OBJECT
public:
    MasterDataPage(RpcClient *client, QWidget *parent = nullptr);

    bool isLoaded() const { return !m_dictionary.isEmpty(); }
    const DataDictionary &dictionary() const { return m_dictionary; }
    QListWidget *entityList() const { return m_kinds; }
    // The page of an entity (made when first needed); nullptr before the dictionary is loaded or
    // for an entity that is not plain or versioned master data.
    EntityPage *entityPage(const QString &entity);
    EntityPage *currentPage() const;
    bool showEntity(const QString &entity);
    // Shows the entity's page with this record (and version, if > 0), and the module itself.
    void showRecord(const QString &entity, const QString &code, int version = 0);

    void search(const QString &text, std::function<void(const QList<SearchHit> &)> done) override;
    QList<Shot> screenshots() override;

Q_SIGNALS:
    void loaded();

private:
    void load();
    void build(const QJsonObject &answer);

    QPointer<RpcClient> m_client;
    DataDictionary m_dictionary;
    QJsonObject m_answer;
    QListWidget *m_kinds = nullptr;
    QStackedWidget *m_pages = nullptr;
    QLabel *m_status = nullptr;
    QHash<QString, EntityPage *> m_pageByEntity;
    bool m_loading = false;
};

} // namespace concord::ui
