#pragma once
#include <QDialog>
#include <QJsonObject>
#include <QPointer>

class QLabel;
class QVBoxLayout;

namespace concord {
class RpcClient;
}

namespace concord::ui {

class RecordEditor;

// The content of one version on a change order, read-only, in the editor the master data module
// uses for it (the BOM tree opened to every level, the routing with its parameter limits, the
// generic form for materials) — what a reviewer reads before signing.
class VersionViewDialog : public QDialog
{
    Q_OBJECT
public:
    // `dictionary` may be empty: it is then fetched first.
    VersionViewDialog(RpcClient *client, const QString &entity, const QString &code, int version,
                      const QJsonObject &dictionary, QWidget *parent = nullptr);

    RecordEditor *editor() const { return m_editor; }
    bool isLoaded() const { return m_loaded; }

Q_SIGNALS:
    void loaded();

private:
    void loadVersion();
    void fail(const QString &message);

    QPointer<RpcClient> m_client;
    QString m_entity;
    QString m_code;
    int m_version = 0;
    QJsonObject m_dictionary;
    RecordEditor *m_editor = nullptr;
    QLabel *m_heading = nullptr;
    QLabel *m_error = nullptr;
    QVBoxLayout *m_layout = nullptr;
    bool m_loaded = false;
};

} // namespace concord::ui
