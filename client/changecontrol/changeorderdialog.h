#pragma once
#include "core/writekey.h"

#include <QDialog>
#include <QJsonObject>
#include <QPointer>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace concord {
class RpcClient;
}

namespace concord::ui {

// Opens a change order (eco.create: class, title, reason; the server gives the number) or changes
// the header of a draft one (eco.update with its rowVersion). The class list comes from
// changeClass.list with each class's approval chain. It stays open while the server answers; a
// refusal is shown in it, success emits saved() with the order and closes it.
class ChangeOrderDialog : public QDialog
{
    Q_OBJECT
public:
    // `order` empty: a new change order.
    ChangeOrderDialog(RpcClient *client, const QJsonObject &order, QWidget *parent = nullptr);

    bool isLoaded() const { return m_loaded; }

Q_SIGNALS:
    void saved(const QJsonObject &order);

private:
    void loadClasses();
    void updateState();
    void save();

    QPointer<RpcClient> m_client;
    QJsonObject m_order;
    WriteKey m_key;
    bool m_loaded = false;
    bool m_busy = false;
    QComboBox *m_class = nullptr;
    QLabel *m_chain = nullptr;
    QLineEdit *m_title = nullptr;
    QPlainTextEdit *m_reason = nullptr;
    QLabel *m_error = nullptr;
    QPushButton *m_save = nullptr;
};

} // namespace concord::ui
