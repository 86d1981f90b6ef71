#pragma once
#include <QDialog>
#include <QJsonObject>

class QLabel;

namespace concord {
class RpcClient;
}

namespace concord::ui {

class VersionHistoryPanel;

// The version a change-order item brings, side by side with the version it replaces (the master
// data module's VersionHistoryPanel: <entity>.diff, fields and rows named in words), with the
// record's whole version history above. Without an earlier version it says the record is new.
class VersionDiffDialog : public QDialog
{
    Q_OBJECT
public:
    // `item` as eco.get lists it; `previousVersion` 0 when the item replaces nothing;
    // `dictionary` the answer of dictionary.get.
    VersionDiffDialog(RpcClient *client, const QJsonObject &item, int previousVersion,
                      const QJsonObject &dictionary, QWidget *parent = nullptr);

    VersionHistoryPanel *panel() const { return m_panel; }

private:
    VersionHistoryPanel *m_panel = nullptr;
    QLabel *m_heading = nullptr;
};

} // namespace concord::ui
